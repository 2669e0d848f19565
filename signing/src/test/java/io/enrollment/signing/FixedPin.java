package io.enrollment.signing;

import java.util.ArrayList;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextOutputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/** A CallbackHandler that answers with a fixed PIN and remembers the warnings it was shown. */
public final class FixedPin implements CallbackHandler {
    private final String pin;
    public final List<String> warnings = new ArrayList<>();

    public FixedPin(String pin) {
        this.pin = pin;
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof PasswordCallback) {
                ((PasswordCallback) c).setPassword(pin == null ? null : pin.toCharArray());
            } else if (c instanceof TextOutputCallback) {
                warnings.add(((TextOutputCallback) c).getMessage());
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }
}
