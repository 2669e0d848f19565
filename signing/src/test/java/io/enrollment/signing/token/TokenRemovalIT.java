package io.enrollment.signing.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.Packaging;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pulling the card, as far as SoftHSM2 can simulate it: closing every session underneath the
 * provider (tested in Pkcs11TokenIT) and deleting the token's files here.
 */
class TokenRemovalIT {
    private final RecordingListener events = new RecordingListener();

    @Test
    void tokenFilesDeletedWhileLoggedIn() throws Exception {
        SoftHsmFixture hsm = SoftHsmFixture.get();
        OfficerSession s = new Pkcs11Token(hsm.config(SoftHsmFixture.PULL), new CertificateValidator(List.of(hsm.ca())),
                RolePolicy.operatorsOnly(), LoginGuard.standard(events, Clock.systemUTC())).login(new FixedPin(SoftHsmFixture.PIN));
        CompletableFuture<SigningException> removed = new CompletableFuture<>();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (PresenceWatcher watcher = new PresenceWatcher(s, executor, Duration.ofMillis(100), removed::complete)) {
            Path dir = hsm.tokenDirectory(SoftHsmFixture.PULL);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
            // SoftHSM2 re-reads its token directory: the slot's token is gone, as when a card is pulled
            SigningException seen = removed.get(10, TimeUnit.SECONDS);
            assertEquals(SigningError.TOKEN_REMOVED, seen.error(), seen.getMessage());
            assertFalse(s.isOpen(), "the session ended by itself");
            assertEquals(1, events.count(SecurityEvent.Type.TOKEN_REMOVED), events.types().toString());
            SigningException e = assertThrows(SigningException.class, () -> new CadesSigner(TestPki.PLACE,
                    Clock.systemUTC(), Optional.empty()).sign(s, new byte[1024], Packaging.ENCAPSULATED));
            assertEquals(SigningError.SESSION_CLOSED, e.error(), e.getMessage());
        } finally {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
