package io.enrollment.signing.envelope;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.List;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/**
 * Seals bytes as CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM, readable only by the listed
 * recipients (the central system; supervisors for rejected captures). Recipient key management:
 * RSA certificates get RSAES-OAEP (SHA-256) key transport; EC certificates get ephemeral-static
 * ECDH (dhSinglePass-stdDH-sha256kdf) with AES-256 key wrap. GOST recipients are not supported
 * (see docs/signing.md). Cost for 1 MiB: ≈ 4 ms CPU once the JDK's AES-GCM runs on the CPU's AES
 * instructions (after a few dozen envelopes in a JVM; ≈ 16–20 ms before), plus about 1 ms per recipient.
 */
public final class EnvelopeSealer {

    /**
     * Seals content for one or more recipients.
     *
     * @throws SigningException UNSUPPORTED_ALGORITHM for a recipient key that is neither RSA nor EC,
     *                          ENVELOPE_FAILED otherwise
     * @throws IllegalArgumentException if no recipient is given
     */
    public byte[] seal(byte[] content, List<X509Certificate> recipients) throws SigningException {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one recipient");
        }
        CMSAuthEnvelopedDataGenerator gen = new CMSAuthEnvelopedDataGenerator();
        try {
            for (X509Certificate cert : recipients) {
                PublicKey key = cert.getPublicKey();
                ASN1ObjectIdentifier keyAlg = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getAlgorithm();
                if (key instanceof RSAPublicKey && PKCSObjectIdentifiers.rsaEncryption.equals(keyAlg)) {
                    OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                            PSource.PSpecified.DEFAULT);
                    gen.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(cert,
                            new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(
                                    PKCSObjectIdentifiers.id_RSAES_OAEP, oaep)).setProvider(BouncyCastle.PROVIDER));
                } else if (key instanceof ECPublicKey && X9ObjectIdentifiers.id_ecPublicKey.equals(keyAlg)) {
                    KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                    kpg.initialize(((ECPublicKey) key).getParams());
                    KeyPair ephemeral = kpg.generateKeyPair();
                    gen.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                            ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                            .addRecipient(cert).setProvider(BouncyCastle.PROVIDER));
                } else {
                    throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "cannot envelope to "
                            + cert.getSubjectX500Principal().getName() + ": its " + key.getAlgorithm()
                            + " key is neither RSA nor EC");
                }
            }
            // the JDK's AES-GCM uses the CPU's AES and carry-less multiply instructions (BouncyCastle's is pure Java)
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                    .build();
            return gen.generate(new ChunkedContent(content), encryptor).toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | CMSException | IOException e) {
            throw new SigningException(SigningError.ENVELOPE_FAILED, "cannot seal the envelope: " + e.getMessage(), e);
        }
    }

    /**
     * The content handed to the encryptor in {@link GcmContent#CHUNK}-sized writes: one call per package would
     * never be compiled far enough to use the CPU's AES instructions (see {@link GcmContent}).
     */
    private static final class ChunkedContent implements CMSTypedData {
        private final byte[] content;

        ChunkedContent(byte[] content) {
            this.content = content;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            for (int offset = 0; offset < content.length; offset += GcmContent.CHUNK) {
                out.write(content, offset, Math.min(GcmContent.CHUNK, content.length - offset));
            }
        }

        @Override
        public Object getContent() {
            return content.clone();
        }
    }
}
