package io.enrollment.signing;

import io.enrollment.core.Officer;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;

/**
 * A logged-in officer: their certificate (already checked for validity, key usage and chain),
 * the {@link Officer} it maps to, and access to the private key, which stays on the token.
 * Implementations: {@link io.enrollment.signing.token.Pkcs11OfficerSession} (SunPKCS11),
 * {@link io.enrollment.signing.token.RawPkcs11OfficerSession} (direct PKCS#11, for vendor GOST
 * mechanisms) and {@link io.enrollment.signing.token.SoftwareOfficerSession} (PKCS#12, demo only).
 *
 * <p>Closing logs out. A removed token ends the session by itself: every later use throws
 * {@link SigningError#TOKEN_REMOVED} or {@link SigningError#SESSION_CLOSED}.
 */
public interface OfficerSession extends AutoCloseable {

    /** The officer, with the role this workstation gives them. */
    Officer officer();

    /** The officer's certificate. */
    X509Certificate certificate();

    /** The certificate chain, officer first, as far as it is known (may be just the officer). */
    List<X509Certificate> chain();

    /** The algorithm this session signs with unless told otherwise. */
    SignatureAlgorithm defaultAlgorithm();

    /**
     * A BouncyCastle content signer for one signature with the session's key.
     *
     * @throws SigningException UNSUPPORTED_ALGORITHM if the key cannot make that signature,
     *                          SESSION_CLOSED/TOKEN_REMOVED if the session has ended
     */
    ContentSigner contentSigner(SignatureAlgorithm algorithm) throws SigningException;

    /**
     * The private key (a handle for token keys: its material never leaves the token) and the provider
     * that can use it, for opening envelopes.
     *
     * @throws SigningException if the session has ended or cannot decrypt (raw PKCS#11 sessions)
     */
    PrivateKey privateKey() throws SigningException;

    /** The provider that operates {@link #privateKey()}. */
    Provider keyProvider();

    /**
     * True for a software key (PKCS#12 file): DEMO only, never for real enrollments. The UI shows it
     * in red.
     */
    boolean isSoftware();

    /** What holds the key, for display and events: token label and serial, or the file. */
    String tokenDescription();

    /** Whether the session is still usable. */
    boolean isOpen();

    /**
     * Checks that the token is still there. If it is not, the session ends, a
     * {@link SecurityEvent.Type#TOKEN_REMOVED} event is published, and this throws TOKEN_REMOVED.
     */
    void checkPresent() throws SigningException;

    /**
     * Turns a failure of a signing or decryption operation into the right exception: if the token
     * is gone (removed, session lost) the session ends and TOKEN_REMOVED is returned, otherwise
     * CRYPTO_FAILURE.
     */
    SigningException failure(String what, Exception cause);

    /** Logs out and ends the session. Idempotent. */
    @Override
    void close();
}
