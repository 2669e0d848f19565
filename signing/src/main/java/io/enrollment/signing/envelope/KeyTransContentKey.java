package io.enrollment.signing.envelope;

import java.security.Key;
import java.security.PrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;

/** RSA key transport (RSAES-OAEP): unwraps the content-encryption key, see {@link ContentKeyRecipient}. */
final class KeyTransContentKey extends JceKeyTransAuthEnvelopedRecipient implements ContentKeyRecipient {
    private Key contentKey;

    KeyTransContentKey(PrivateKey key) {
        super(key);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
                                                  AlgorithmIdentifier contentEncryptionAlgorithm,
                                                  byte[] encryptedContentEncryptionKey) throws CMSException {
        contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm, encryptedContentEncryptionKey);
        return ContentKeyRecipient.keyOnly(contentEncryptionAlgorithm);
    }

    @Override
    public Key contentKey() {
        return contentKey;
    }
}
