package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import io.enrollment.signing.pkcs11.TokenInfo;

/**
 * What every session on a hardware token shares, however it signs (SunPKCS11 or raw PKCS#11): whether the
 * token is still in its slot, and ending the session — once, publishing TOKEN_REMOVED — when it is not.
 * Subclasses say only how they release their login.
 */
abstract class TokenOfficerSession implements OfficerSession {
    private final RawPkcs11 raw;
    private final long slot;
    private final TokenInfo info;
    private final Officer officer;
    private final LoginGuard guard;
    private volatile boolean open = true;

    TokenOfficerSession(RawPkcs11 raw, long slot, TokenInfo info, Officer officer, LoginGuard guard) {
        this.raw = raw;
        this.slot = slot;
        this.info = info;
        this.officer = officer;
        this.guard = guard;
    }

    /**
     * Releases the login and the token sessions.
     *
     * @param tokenGone true when the token was removed (logging out politely is then impossible)
     */
    abstract void release(boolean tokenGone);

    @Override
    public final Officer officer() {
        return officer;
    }

    @Override
    public final boolean isSoftware() {
        return false;
    }

    @Override
    public final String tokenDescription() {
        return info.describe();
    }

    @Override
    public final boolean isOpen() {
        return open;
    }

    @Override
    public final void checkPresent() throws SigningException {
        ensureOpen();
        if (!stillPresent()) {
            end("");
            throw SessionEnd.removed(info.describe(), "");
        }
    }

    @Override
    public final SigningException failure(String what, Exception cause) {
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
    public final void close() {
        if (open) {
            open = false;
            release(false);
        }
    }

    final void ensureOpen() throws SigningException {
        if (!open) {
            throw SessionEnd.closed(info.describe());
        }
    }

    /** The same token (by serial number) is still in the slot. */
    private boolean stillPresent() {
        if (!raw.tokenPresent(slot)) {
            return false;
        }
        try {
            return raw.tokenInfo(slot).serialNumber().equals(info.serialNumber());
        } catch (RawPkcs11Exception e) {
            return false;
        }
    }

    private void end(String what) {
        open = false;
        release(true);
        SessionEnd.publishRemoved(guard, info.describe(), officer.subjectDn(), what);
    }
}
