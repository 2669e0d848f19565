package io.enrollment.signing.envelope;

import java.io.InputStream;
import java.security.Key;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.operator.InputDecryptor;

/**
 * A BouncyCastle recipient that only recovers the content-encryption key of an AuthEnvelopedData
 * (RSA-OAEP unwrap or ECDH + KDF + AES key unwrap, done by BouncyCastle or the token) and leaves the
 * content to {@link GcmContent}, which decrypts it with the JDK's AES-GCM. BouncyCastle's own content
 * decryption is pure Java and could not be pointed at the JDK provider (it looks the GCM parameters up
 * by OID, which SunJCE does not register).
 */
interface ContentKeyRecipient extends Recipient {

    /** The key recovered by the last {@code getRecipientOperator} call. */
    Key contentKey();

    /**
     * What BouncyCastle gets back in place of a decrypting operator: its stream is never read, the
     * content is decrypted from the parsed structure instead.
     */
    static RecipientOperator keyOnly(AlgorithmIdentifier contentEncryptionAlgorithm) {
        return new RecipientOperator(new InputDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return contentEncryptionAlgorithm;
            }

            @Override
            public InputStream getInputStream(InputStream encrypted) {
                return encrypted;
            }
        });
    }
}
