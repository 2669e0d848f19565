package io.enrollment.signing.envelope;

import java.security.Key;
import java.security.PrivateKey;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;

/**
 * ECDH key agreement (RFC 5753): derives the key-encryption key and unwraps the content-encryption key,
 * see {@link ContentKeyRecipient}. {@link TokenEcdhRecipient} changes only how the key is derived.
 */
class KeyAgreeContentKey extends JceKeyAgreeAuthEnvelopedRecipient implements ContentKeyRecipient {
    private Key contentKey;

    KeyAgreeContentKey(PrivateKey key) {
        super(key);
    }

    @Override
    public final RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
                                                        AlgorithmIdentifier contentEncryptionAlgorithm,
                                                        SubjectPublicKeyInfo senderPublicKey,
                                                        ASN1OctetString userKeyingMaterial,
                                                        byte[] encryptedContentKey) throws CMSException {
        contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm, senderPublicKey,
                userKeyingMaterial, encryptedContentKey);
        return ContentKeyRecipient.keyOnly(contentEncryptionAlgorithm);
    }

    @Override
    public final Key contentKey() {
        return contentKey;
    }
}
