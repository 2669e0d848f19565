package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.WrongPinException;
import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import io.enrollment.signing.pkcs11.TokenInfo;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javax.security.auth.callback.CallbackHandler;

/**
 * The login steps shared by the SunPKCS11 and the raw PKCS#11 sessions: find the token, respect
 * locks, ask for the PIN with the token's warnings, count failures, and accept the certificate.
 */
final class TokenLogin {
    private TokenLogin() {
    }

    /** What one PIN attempt gave. */
    enum Outcome { OK, WRONG_PIN, LOCKED }

    /** One login attempt with a PIN; other failures are thrown as SigningException. */
    @FunctionalInterface
    interface Attempt {
        Outcome login(char[] pin) throws SigningException;
    }

    /** The slot and token found for a config. */
    record Found(RawPkcs11 raw, long slot, TokenInfo info) {
        String id() {
            return info.describe();
        }
    }

    static Found find(TokenConfig config) throws SigningException {
        RawPkcs11 raw = RawPkcs11.load(config.library());
        long slot = raw.slotAt(config.slotListIndex());
        if (!raw.tokenPresent(slot)) {
            throw new SigningException(SigningError.NO_TOKEN, "no token in slot " + config.slotListIndex()
                    + " of " + config.library().getFileName() + ": insert the officer's card or token");
        }
        TokenInfo info;
        try {
            info = raw.tokenInfo(slot);
        } catch (RawPkcs11Exception e) {
            throw new SigningException(SigningError.NO_TOKEN, "cannot read the token in slot "
                    + config.slotListIndex() + ": " + e.getMessage(), e);
        }
        if (!info.initialized()) {
            throw new SigningException(SigningError.NO_TOKEN, "the token in slot " + config.slotListIndex()
                    + " is blank (not initialised): it is not an officer token");
        }
        return new Found(raw, slot, info);
    }

    /** Asks for the PIN and logs in, mapping failures to WRONG_PIN / PIN_LOCKED and events. */
    static void login(Found token, CallbackHandler handler, LoginGuard guard, Attempt attempt) throws SigningException {
        String id = token.id();
        guard.checkNotLocked(id);
        if (token.info().pinLocked()) {
            guard.recordTokenLocked(id);
            throw new SigningException(SigningError.PIN_LOCKED, "the PIN of token " + id
                    + " is locked; it must be unlocked with the token's PUK/SO PIN");
        }
        String warning = token.info().pinFinalTry() ? "Last try: one more wrong PIN locks the token."
                : token.info().pinCountLow() ? "A wrong PIN was entered before: the token may lock soon." : "";
        char[] pin = PinPrompt.ask(handler, token.info().label(), warning);
        Outcome outcome;
        try {
            outcome = attempt.login(pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
        if (outcome == Outcome.OK) {
            guard.recordSuccess(id);
            return;
        }
        if (outcome == Outcome.LOCKED) {
            guard.recordTokenLocked(id);
            throw new SigningException(SigningError.PIN_LOCKED, "the PIN of token " + id
                    + " is locked; it must be unlocked with the token's PUK/SO PIN");
        }
        boolean locksNow = guard.nextFailureLocks(id);
        int inARow = guard.recordFailure(id, "token " + id);
        TokenInfo after = reread(token);
        if (after.pinLocked()) {
            guard.recordTokenLocked(id);
            throw new SigningException(SigningError.PIN_LOCKED, "wrong PIN; the token " + id + " has now locked its PIN");
        }
        if (locksNow) {
            throw new SigningException(SigningError.PIN_LOCKED, "wrong PIN; token " + id
                    + " is now locked at this workstation after " + inARow + " wrong PINs in a row");
        }
        OptionalInt remaining = after.pinFinalTry() ? OptionalInt.of(1) : OptionalInt.empty();
        String tries = remaining.isPresent() ? "1 try left before the token locks"
                : after.pinCountLow() ? "the token warns that few tries remain" : "the token does not report remaining tries";
        throw new WrongPinException("wrong PIN for token " + id + " (" + tries + "; " + inARow + " wrong in a row here)",
                remaining, after.pinCountLow(), inARow);
    }

    /**
     * Checks the certificate now and maps it to an officer; a refused certificate raises a
     * CERTIFICATE_REJECTED event.
     */
    static Officer accept(X509Certificate cert, List<X509Certificate> chain, CertificateValidator validator,
                          RolePolicy roles, LoginGuard guard, String tokenId) throws SigningException {
        var problem = validator.problem(cert, chain, guard.clock().instant());
        if (problem.isPresent()) {
            guard.publish(SecurityEvent.Type.CERTIFICATE_REJECTED, tokenId, cert.getSubjectX500Principal().getName(),
                    problem.get().message());
            throw problem.get().toException();
        }
        return roles.officer(cert);
    }

    private static TokenInfo reread(Found token) {
        try {
            return token.raw().tokenInfo(token.slot());
        } catch (RawPkcs11Exception e) {
            return token.info();
        }
    }
}
