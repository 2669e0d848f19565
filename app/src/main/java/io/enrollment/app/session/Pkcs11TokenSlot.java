package io.enrollment.app.session;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.token.Pkcs11Token;
import io.enrollment.signing.token.PresenceWatcher;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/** An officer's smartcard or token through the vendor's PKCS#11 library (R-SIGN-2). */
public final class Pkcs11TokenSlot implements TokenSlot {
    private final Pkcs11Token token;

    public Pkcs11TokenSlot(Pkcs11Token token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    /** PKCS#11 tells presence only through a library session; login reports NO_TOKEN when the slot is empty. */
    @Override
    public boolean cardPresent() {
        return true;
    }

    @Override
    public OfficerSession login(char[] pin) throws SigningException {
        return token.login(new PinHandler(pin));
    }

    @Override
    public AutoCloseable watch(OfficerSession session, ScheduledExecutorService scheduler, Runnable onRemoved) {
        return new PresenceWatcher(session, scheduler, Duration.ofSeconds(1), e -> onRemoved.run());
    }

    @Override
    public String description() {
        return token.config().library() + " slot " + token.config().slotListIndex();
    }
}
