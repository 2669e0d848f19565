package io.enrollment.app.session;

import java.util.Arrays;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextOutputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Answers the signing module's PIN callback with the PIN typed on the login screen (a copy, so the
 * module may wipe it). Warnings the token gives before the prompt are kept for the screen.
 */
final class PinHandler implements CallbackHandler {
    private final char[] pin;
    private String warning = "";

    PinHandler(char[] pin) {
        this.pin = pin.clone();
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof PasswordCallback p) {
                p.setPassword(pin);
            } else if (c instanceof TextOutputCallback t) {
                warning = t.getMessage();
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
        Arrays.fill(pin, '\0');
    }

    String warning() {
        return warning;
    }
}
