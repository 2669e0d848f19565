package io.enrollment.signing.envelope;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.Objects;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * Opens an AuthEnvelopedData made by {@link EnvelopeSealer} with a recipient's private key: a
 * software key, or a token key through its provider (the key never leaves the token; the content
 * ECDH secret is computed there, see TokenEcdhRecipient; RSA-OAEP unwrap on a token is not
 * supported by SunPKCS11 in JDK 17). BouncyCastle recovers the content key; the content is decrypted
 * with the JDK's AES-GCM ({@link GcmContent}). GCM authentication means any change to the envelope
 * makes opening fail.
 */
public final class EnvelopeOpener {

    /** Opens with a logged-in officer's key (a supervisor reviewing rejected captures). */
    public byte[] open(byte[] envelope, OfficerSession session) throws SigningException {
        try {
            return open(envelope, session.certificate(), session.privateKey(), session.keyProvider());
        } catch (SigningException e) {
            if (e.error() == SigningError.ENVELOPE_FAILED && e.getCause() instanceof ProviderException) {
                throw session.failure("opening an envelope", (ProviderException) e.getCause());
            }
            throw e;
        }
    }

    /**
     * Opens with a private key.
     *
     * @param certificate the recipient certificate (selects the RecipientInfo)
     * @param keyProvider the provider operating the key (BouncyCastle for software keys)
     * @throws SigningException ENVELOPE_FAILED: not an envelope, not addressed to this certificate,
     *                          wrong key, or tampered (authentication failed)
     */
    public byte[] open(byte[] envelope, X509Certificate certificate, PrivateKey key, Provider keyProvider)
            throws SigningException {
        Objects.requireNonNull(envelope, "envelope");
        CMSAuthEnvelopedData data;
        try {
            data = new CMSAuthEnvelopedData(envelope);
        } catch (CMSException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new SigningException(SigningError.ENVELOPE_FAILED, "not a CMS AuthEnvelopedData (damaged or truncated): "
                    + e.getMessage(), e);
        }
        boolean rsa = certificate.getPublicKey() instanceof RSAKey;
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        RecipientId id = rsa ? new KeyTransRecipientId(issuer, certificate.getSerialNumber())
                : new KeyAgreeRecipientId(issuer, certificate.getSerialNumber());
        RecipientInformation info = data.getRecipientInfos().get(id);
        if (info == null) {
            throw new SigningException(SigningError.ENVELOPE_FAILED, "the envelope is not addressed to "
                    + certificate.getSubjectX500Principal().getName() + " (serial " + certificate.getSerialNumber().toString(16) + ")");
        }
        ContentKeyRecipient recipient;
        if (rsa) {
            KeyTransContentKey transport = new KeyTransContentKey(key);
            transport.setProvider(keyProvider);
            recipient = transport;
        } else if (key.getEncoded() == null) {
            // a token key: the token does the ECDH, the rest runs in software
            recipient = new TokenEcdhRecipient(key, keyProvider,
                    SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getAlgorithm());
        } else {
            KeyAgreeContentKey agreement = new KeyAgreeContentKey(key);
            agreement.setProvider(keyProvider);
            recipient = agreement;
        }
        try {
            info.getContentStream(recipient); // recovers the content key; the stream is not read
            return GcmContent.of(AuthEnvelopedData.getInstance(data.toASN1Structure().getContent()))
                    .open(recipient.contentKey());
        } catch (CMSException | IOException | RuntimeOperatorException | ProviderException | IllegalArgumentException e) {
            throw new SigningException(SigningError.ENVELOPE_FAILED, "cannot open the envelope (wrong key or the "
                    + "envelope was changed): " + e.getMessage(), e);
        }
    }
}
