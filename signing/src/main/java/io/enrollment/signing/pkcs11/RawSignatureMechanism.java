package io.enrollment.signing.pkcs11;

import io.enrollment.signing.SignatureAlgorithm;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * How to make one kind of CMS signature with a raw PKCS#11 mechanism.
 *
 * @param name               for messages
 * @param mechanism          CKM_ value passed to C_SignInit
 * @param signatureAlgorithm the CMS/X.509 signature algorithm identifier the result is declared as
 * @param preHash            JCA digest to apply in Java before C_Sign (for mechanisms that sign a
 *                           digest, e.g. CKM_ECDSA); null when the token hashes (…_WITH_… mechanisms)
 * @param output             how the token's output becomes the CMS signature value
 */
public record RawSignatureMechanism(String name, long mechanism, AlgorithmIdentifier signatureAlgorithm,
                                    String preHash, Output output) {

    /** Conversion of the token's signature output. */
    public enum Output {
        /** ECDSA: PKCS#11 returns r||s; CMS wants DER SEQUENCE { r, s }. */
        ECDSA_RAW_TO_DER,
        /**
         * Used unchanged: RSA, and GOST on tokens that already return the RFC 4491 order (s||r,
         * big-endian). Not verified on a real GOST token: see docs/signing.md.
         */
        AS_IS
    }

    public RawSignatureMechanism {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(output, "output");
    }

    /** ECDSA with SHA-256 hashed in Java, CKM_ECDSA on the token (works on every EC token; tested on SoftHSM2). */
    public static final RawSignatureMechanism ECDSA_SHA256_PREHASHED = new RawSignatureMechanism(
            "CKM_ECDSA (SHA-256 in Java)", Pkcs11Constants.CKM_ECDSA, find("SHA256withECDSA"), "SHA-256",
            Output.ECDSA_RAW_TO_DER);

    /** RSA PKCS#1 v1.5 with SHA-256 hashed on the token (CKM_SHA256_RSA_PKCS; tested on SoftHSM2). */
    public static final RawSignatureMechanism RSA_PKCS1_SHA256 = new RawSignatureMechanism(
            "CKM_SHA256_RSA_PKCS", Pkcs11Constants.CKM_SHA256_RSA_PKCS, find("SHA256withRSA"), null, Output.AS_IS);

    /** GOST R 34.10-2012 256 with Streebog-256 on the token (vendor mechanism; NOT tested here). */
    public static final RawSignatureMechanism GOST3410_2012_256 = new RawSignatureMechanism(
            "CKM_GOSTR3410_WITH_GOSTR3411_12_256", Pkcs11Constants.CKM_GOSTR3410_WITH_GOSTR3411_12_256,
            find(SignatureAlgorithm.GOST3410_2012_256.jcaName()), null, Output.AS_IS);

    /** GOST R 34.10-2012 512 with Streebog-512 on the token (vendor mechanism; NOT tested here). */
    public static final RawSignatureMechanism GOST3410_2012_512 = new RawSignatureMechanism(
            "CKM_GOSTR3410_WITH_GOSTR3411_12_512", Pkcs11Constants.CKM_GOSTR3410_WITH_GOSTR3411_12_512,
            find(SignatureAlgorithm.GOST3410_2012_512.jcaName()), null, Output.AS_IS);

    /**
     * The default mechanism for a signature algorithm. RSA-PSS is not offered raw (it needs
     * CK_RSA_PKCS_PSS_PARAMS; SunPKCS11 does PSS), so RSA keys sign PKCS#1 v1.5 on this path.
     */
    public static Optional<RawSignatureMechanism> defaultFor(SignatureAlgorithm algorithm) {
        switch (algorithm) {
            case ECDSA_P256_SHA256:
                return Optional.of(ECDSA_SHA256_PREHASHED);
            case RSA_PSS_SHA256:
                return Optional.of(RSA_PKCS1_SHA256);
            case GOST3410_2012_256:
                return Optional.of(GOST3410_2012_256);
            case GOST3410_2012_512:
                return Optional.of(GOST3410_2012_512);
            default:
                return Optional.empty();
        }
    }

    private static AlgorithmIdentifier find(String name) {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(name);
    }
}
