package io.enrollment.signing.token;

import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextOutputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/** Asks a {@link CallbackHandler} for a PIN (GUI dialog, CLI prompt, or a fixed PIN in tests). */
final class PinPrompt {
    private PinPrompt() {
    }

    /**
     * Asks for the PIN. The caller must wipe the returned array.
     *
     * @param warning shown before the prompt when not empty (e.g. "one try left")
     * @throws SigningException LOGIN_CANCELLED if the handler cannot ask or the officer cancels
     */
    static char[] ask(CallbackHandler handler, String tokenName, String warning) throws SigningException {
        List<Callback> callbacks = new ArrayList<>();
        if (warning != null && !warning.isEmpty()) {
            callbacks.add(new TextOutputCallback(TextOutputCallback.WARNING, warning));
        }
        PasswordCallback pin = new PasswordCallback("PIN for " + tokenName + ": ", false);
        callbacks.add(pin);
        try {
            handler.handle(callbacks.toArray(new Callback[0]));
        } catch (IOException | UnsupportedCallbackException e) {
            throw new SigningException(SigningError.LOGIN_CANCELLED,
                    "PIN entry failed: " + e.getClass().getSimpleName(), e);
        }
        char[] value = pin.getPassword();
        pin.clearPassword();
        if (value == null || value.length == 0) {
            throw new SigningException(SigningError.LOGIN_CANCELLED, "no PIN entered for " + tokenName);
        }
        return value;
    }
}
