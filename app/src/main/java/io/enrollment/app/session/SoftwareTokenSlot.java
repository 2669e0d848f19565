package io.enrollment.app.session;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.SoftwareToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * DEMO only: the "card" is a PKCS#12 file at a fixed path (the demo's card reader). Inserting the card puts
 * the file there, pulling it removes the file; a logged-in session whose file disappears ends at once and a
 * TOKEN_REMOVED security event is published, as with a real token.
 */
public final class SoftwareTokenSlot implements TokenSlot {
    private static final long POLL_MILLIS = 250;
    private final Path file;
    private final SoftwareToken token;
    private final LoginGuard guard;

    public SoftwareTokenSlot(Path file, SoftwareToken token, LoginGuard guard) {
        this.file = Objects.requireNonNull(file, "file");
        this.token = Objects.requireNonNull(token, "token");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    @Override
    public boolean cardPresent() {
        return Files.isRegularFile(file);
    }

    @Override
    public OfficerSession login(char[] pin) throws SigningException {
        return token.login(new PinHandler(pin));
    }

    @Override
    public AutoCloseable watch(OfficerSession session, ScheduledExecutorService scheduler, Runnable onRemoved) {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        task[0] = scheduler.scheduleWithFixedDelay(() -> {
            if (!cardPresent() && fired.compareAndSet(false, true)) {
                session.close();
                guard.publish(SecurityEvent.Type.TOKEN_REMOVED, "software token " + file.getFileName(),
                        session.officer().subjectDn(), "demo card file removed while logged in");
                onRemoved.run();
                task[0].cancel(false);
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return () -> task[0].cancel(false);
    }

    @Override
    public String description() {
        return "DEMO card " + file.getFileName();
    }
}
