package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11ContentSigner;
import io.enrollment.signing.pkcs11.RawSession;
import io.enrollment.signing.pkcs11.RawSignatureMechanism;
import io.enrollment.signing.pkcs11.TokenInfo;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;

/**
 * A session through direct PKCS#11 calls (see {@link RawPkcs11Token}). Signs only: opening
 * envelopes with such a key is not implemented ({@link #privateKey()} throws).
 */
public final class RawPkcs11OfficerSession extends TokenOfficerSession {
    private final RawSession session;
    private final long key;
    private final X509Certificate cert;
    private final SignatureAlgorithm algorithm;
    private final RawSignatureMechanism mechanism;

    RawPkcs11OfficerSession(RawPkcs11 raw, RawSession session, TokenInfo info, long key, X509Certificate cert,
                            Officer officer, SignatureAlgorithm algorithm, RawSignatureMechanism mechanism,
                            LoginGuard guard) {
        super(raw, session.slot(), info, officer, guard);
        this.session = session;
        this.key = key;
        this.cert = cert;
        this.algorithm = algorithm;
        this.mechanism = mechanism;
    }

    /** The raw mechanism this session signs with. */
    public RawSignatureMechanism mechanism() {
        return mechanism;
    }

    @Override
    public X509Certificate certificate() {
        return cert;
    }

    @Override
    public List<X509Certificate> chain() {
        return List.of(cert);
    }

    @Override
    public SignatureAlgorithm defaultAlgorithm() {
        return algorithm;
    }

    @Override
    public ContentSigner contentSigner(SignatureAlgorithm requested) throws SigningException {
        ensureOpen();
        if (requested != algorithm) {
            throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "this raw PKCS#11 session signs "
                    + algorithm.displayName() + " with " + mechanism.name() + ", not " + requested.displayName());
        }
        return new RawPkcs11ContentSigner(session, key, mechanism);
    }

    @Override
    public PrivateKey privateKey() throws SigningException {
        throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM,
                "a raw PKCS#11 session only signs; open envelopes through Pkcs11Token (SunPKCS11)");
    }

    @Override
    public Provider keyProvider() {
        return BouncyCastle.PROVIDER;
    }

    @Override
    void release(boolean tokenGone) {
        if (!tokenGone) {
            session.logout();
        }
        session.close();
    }
}
