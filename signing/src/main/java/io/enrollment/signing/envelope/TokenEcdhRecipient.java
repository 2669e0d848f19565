package io.enrollment.signing.envelope;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.Pack;

/**
 * ECDH recipient for a private key that never leaves its token. BouncyCastle's own recipient needs
 * the key's encoding (a token key has none) and asks the provider for "ECDHwithSHA256KDF", which
 * SunPKCS11 lacks. Here the token computes only the raw ECDH secret (CKM_ECDH1_DERIVE through
 * SunPKCS11's "ECDH"); the RFC 5753 KDF (X9.63, SHA-256, ECC-CMS-SharedInfo) and the AES key unwrap
 * run in software, the content decryption in {@link GcmContent}. Only dhSinglePass-stdDH-sha256kdf
 * with AES key wrap is accepted (what {@link EnvelopeSealer} makes).
 */
final class TokenEcdhRecipient extends KeyAgreeContentKey {
    private final PrivateKey key;
    private final Provider keyProvider;

    TokenEcdhRecipient(PrivateKey key, Provider keyProvider, AlgorithmIdentifier recipientKeyAlgorithm) {
        super(key);
        this.key = key;
        this.keyProvider = keyProvider;
        setPrivateKeyAlgorithmIdentifier(recipientKeyAlgorithm);
    }

    @Override
    protected Key extractSecretKey(AlgorithmIdentifier keyEncryptionAlgorithm, AlgorithmIdentifier contentEncryptionAlgorithm,
                                   SubjectPublicKeyInfo senderKey, ASN1OctetString userKeyingMaterial,
                                   byte[] encryptedContentEncryptionKey) throws CMSException {
        if (!CMSAlgorithm.ECDH_SHA256KDF.equals(keyEncryptionAlgorithm.getAlgorithm())) {
            throw new CMSException("token recipients support dhSinglePass-stdDH-sha256kdf only, not "
                    + keyEncryptionAlgorithm.getAlgorithm());
        }
        AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(keyEncryptionAlgorithm.getParameters());
        int keyBits = wrapKeyBits(wrap.getAlgorithm());
        byte[] z = null;
        byte[] kek = null;
        try {
            PublicKey sender = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(senderKey.getEncoded()));
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH", keyProvider);
            agreement.init(key);
            agreement.doPhase(sender, true);
            z = agreement.generateSecret();
            byte[] sharedInfo = new ECCCMSSharedInfo(wrap,
                    userKeyingMaterial == null ? null : userKeyingMaterial.getOctets(),
                    Pack.intToBigEndian(keyBits)).getEncoded(ASN1Encoding.DER);
            KDF2BytesGenerator kdf = new KDF2BytesGenerator(SHA256Digest.newInstance());
            kdf.init(new KDFParameters(z, sharedInfo));
            kek = new byte[keyBits / 8];
            kdf.generateBytes(kek, 0, kek.length);
            Cipher unwrap = Cipher.getInstance("AESWrap");
            unwrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
            return unwrap.unwrap(encryptedContentEncryptionKey, "AES", Cipher.SECRET_KEY);
        } catch (GeneralSecurityException | IOException e) {
            throw new CMSException("token key agreement failed: " + e.getMessage(), e);
        } finally {
            Arrays.fill(z == null ? new byte[0] : z, (byte) 0);
            Arrays.fill(kek == null ? new byte[0] : kek, (byte) 0);
        }
    }

    private static int wrapKeyBits(ASN1ObjectIdentifier wrap) throws CMSException {
        if (NISTObjectIdentifiers.id_aes256_wrap.equals(wrap)) {
            return 256;
        }
        if (NISTObjectIdentifiers.id_aes192_wrap.equals(wrap)) {
            return 192;
        }
        if (NISTObjectIdentifiers.id_aes128_wrap.equals(wrap)) {
            return 128;
        }
        throw new CMSException("unsupported key wrap " + wrap);
    }
}
