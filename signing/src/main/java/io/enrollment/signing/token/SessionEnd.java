package io.enrollment.signing.token;

import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.Pkcs11Constants;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import java.security.ProviderException;

/** Recognising a lost token in an exception chain, and the exceptions a closed session throws. */
final class SessionEnd {
    private SessionEnd() {
    }

    /** Whether the failure says the token or its session is gone. */
    static boolean meansTokenGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RawPkcs11Exception && ((RawPkcs11Exception) t).tokenGone()) {
                return true;
            }
            String m = t.getMessage();
            if (Pkcs11Constants.nameMeansTokenGone(m)) {
                return true;
            }
            if (t instanceof ProviderException && m != null && m.toLowerCase(java.util.Locale.ROOT).contains("removed")) {
                return true;
            }
        }
        return false;
    }

    static SigningException closed(String token) {
        return new SigningException(SigningError.SESSION_CLOSED, "the session on token " + token
                + " has ended; log in again");
    }

    static SigningException removed(String token, String what) {
        return new SigningException(SigningError.TOKEN_REMOVED, "token " + token + " was removed or lost its session"
                + (what.isEmpty() ? "" : " during " + what) + "; nothing was signed. Insert it and log in again");
    }

    static void publishRemoved(LoginGuard guard, String token, String subject, String what) {
        guard.publish(SecurityEvent.Type.TOKEN_REMOVED, token, subject,
                "token removed or session lost" + (what.isEmpty() ? "" : " during " + what));
    }
}
