package io.enrollment.signing;

import java.security.PublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The signature algorithms the workstation signs with. Verification accepts the same families
 * (and RSA PKCS#1 v1.5 / other SHA-2 sizes made by other tools, see the verifier).
 */
public enum SignatureAlgorithm {
    /** ECDSA on NIST P-256 with SHA-256. */
    ECDSA_P256_SHA256("SHA256withECDSA", "ECDSA P-256 with SHA-256"),
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256, salt 32. */
    RSA_PSS_SHA256("SHA256withRSAandMGF1", "RSASSA-PSS with SHA-256"),
    /** GOST R 34.10-2012 (256-bit key) with GOST R 34.11-2012 Streebog-256. */
    GOST3410_2012_256("GOST3411-2012-256WITHECGOST3410-2012-256", "GOST R 34.10-2012 256 with Streebog-256"),
    /** GOST R 34.10-2012 (512-bit key) with GOST R 34.11-2012 Streebog-512. */
    GOST3410_2012_512("GOST3411-2012-512WITHECGOST3410-2012-512", "GOST R 34.10-2012 512 with Streebog-512");

    private final String jcaName;
    private final String displayName;

    SignatureAlgorithm(String jcaName, String displayName) {
        this.jcaName = jcaName;
        this.displayName = displayName;
    }

    /** The JCA/BouncyCastle signature name. */
    public String jcaName() {
        return jcaName;
    }

    /** Human-readable name, e.g. "ECDSA P-256 with SHA-256". */
    public String displayName() {
        return displayName;
    }

    /** Whether this is a GOST algorithm (needs BouncyCastle, or a vendor mechanism on a token). */
    public boolean isGost() {
        return this == GOST3410_2012_256 || this == GOST3410_2012_512;
    }

    /**
     * The algorithm that fits a public key: EC → ECDSA P-256, RSA → RSA-PSS, GOST 2012 → the GOST
     * variant of the key's size. Empty for any other key.
     */
    public static Optional<SignatureAlgorithm> forKey(PublicKey key) {
        ASN1ObjectIdentifier oid = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getAlgorithm();
        if (RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256.equals(oid)) {
            return Optional.of(GOST3410_2012_256);
        }
        if (RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512.equals(oid)) {
            return Optional.of(GOST3410_2012_512);
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return Optional.of(ECDSA_P256_SHA256);
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid) || PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            return Optional.of(RSA_PSS_SHA256);
        }
        return Optional.empty();
    }

    /** Whether a key of this type can make signatures of this algorithm. */
    public boolean fits(PublicKey key) {
        return forKey(key).map(a -> a == this).orElse(false);
    }
}
