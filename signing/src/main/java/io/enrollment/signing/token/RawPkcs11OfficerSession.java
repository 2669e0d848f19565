package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11ContentSigner;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
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
public final class RawPkcs11OfficerSession implements OfficerSession {
    private final RawPkcs11 raw;
    private final RawSession session;
    private final TokenInfo info;
    private final long key;
    private final X509Certificate cert;
    private final Officer officer;
    private final SignatureAlgorithm algorithm;
    private final RawSignatureMechanism mechanism;
    private final LoginGuard guard;
    private volatile boolean open = true;

    RawPkcs11OfficerSession(RawPkcs11 raw, RawSession session, TokenInfo info, long key, X509Certificate cert,
                            Officer officer, SignatureAlgorithm algorithm, RawSignatureMechanism mechanism,
                            LoginGuard guard) {
        this.raw = raw;
        this.session = session;
        this.info = info;
        this.key = key;
        this.cert = cert;
        this.officer = officer;
        this.algorithm = algorithm;
        this.mechanism = mechanism;
        this.guard = guard;
    }

    /** The raw mechanism this session signs with. */
    public RawSignatureMechanism mechanism() {
        return mechanism;
    }

    @Override
    public Officer officer() {
        return officer;
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
        if (!open) {
            throw SessionEnd.closed(info.describe());
        }
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
    public boolean isSoftware() {
        return false;
    }

    @Override
    public String tokenDescription() {
        return info.describe();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void checkPresent() throws SigningException {
        if (!open) {
            throw SessionEnd.closed(info.describe());
        }
        if (!stillPresent()) {
            end("");
            throw SessionEnd.removed(info.describe(), "");
        }
    }

    @Override
    public SigningException failure(String what, Exception cause) {
        if (!open) {
            return SessionEnd.closed(info.describe());
        }
        if (SessionEnd.meansTokenGone(cause) || !stillPresent()) {
            end(what);
            SigningException e = SessionEnd.removed(info.describe(), what);
            e.initCause(cause);
            return e;
        }
        return new SigningException(SigningError.CRYPTO_FAILURE, what + " failed on token " + info.describe() + ": "
                + Pkcs11Token.rootMessage(cause), cause);
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            session.logout();
            session.close();
        }
    }

    private boolean stillPresent() {
        if (!raw.tokenPresent(session.slot())) {
            return false;
        }
        try {
            return raw.tokenInfo(session.slot()).serialNumber().equals(info.serialNumber());
        } catch (RawPkcs11Exception e) {
            return false;
        }
    }

    private void end(String what) {
        open = false;
        session.close();
        SessionEnd.publishRemoved(guard, info.describe(), officer.subjectDn(), what);
    }
}
