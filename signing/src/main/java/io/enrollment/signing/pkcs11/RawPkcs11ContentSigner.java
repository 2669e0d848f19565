package io.enrollment.signing.pkcs11;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A BouncyCastle {@link ContentSigner} that signs with a private key on a PKCS#11 token through a
 * raw mechanism ({@code C_SignInit}/{@code C_Sign}), for mechanisms SunPKCS11 does not map, above
 * all the vendor GOST R 34.10-2012 mechanisms of Rutoken/JaCarta. In CAdES it signs only the DER of
 * the signed attributes (a few hundred bytes), so single-part C_Sign is enough.
 *
 * <p>One signer per signature. Failures surface as {@link RuntimeOperatorException} whose cause is
 * the {@link RawPkcs11Exception} (BouncyCastle's CMS generator passes it on).
 */
public final class RawPkcs11ContentSigner implements ContentSigner {
    private final RawSession session;
    private final long key;
    private final RawSignatureMechanism mechanism;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

    public RawPkcs11ContentSigner(RawSession session, long key, RawSignatureMechanism mechanism) {
        this.session = Objects.requireNonNull(session, "session");
        this.key = key;
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return mechanism.signatureAlgorithm();
    }

    @Override
    public OutputStream getOutputStream() {
        return buffer;
    }

    @Override
    public byte[] getSignature() {
        byte[] data = buffer.toByteArray();
        try {
            if (mechanism.preHash() != null) {
                data = MessageDigest.getInstance(mechanism.preHash()).digest(data);
            }
            byte[] out = session.sign(mechanism.mechanism(), key, data);
            return mechanism.output() == RawSignatureMechanism.Output.ECDSA_RAW_TO_DER ? rawToDer(out) : out;
        } catch (RawPkcs11Exception e) {
            throw new RuntimeOperatorException("token signature with " + mechanism.name() + " failed: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new RuntimeOperatorException("digest " + mechanism.preHash() + " unavailable", e);
        } finally {
            buffer.reset();
        }
    }

    /** r||s (each half the length) to DER SEQUENCE { INTEGER r, INTEGER s }. */
    static byte[] rawToDer(byte[] raw) {
        if (raw.length == 0 || raw.length % 2 != 0) {
            throw new RuntimeOperatorException("token returned a " + raw.length + "-byte ECDSA signature (expected r||s)");
        }
        int half = raw.length / 2;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length))));
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new RuntimeOperatorException("cannot encode ECDSA signature", e);
        }
    }
}
