package io.enrollment.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.fx.ImmediateExecutor;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.core.Officer;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The idle lock and the lock listeners, with a real software session and a clock the test moves. */
class OfficerSessionsTest {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private final TaskExecutor direct = new ImmediateExecutor();

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static OfficerSession session() throws Exception {
        DemoPki pki = DemoPki.create("Test CA", KeyType.EC_P256, Clock.systemUTC());
        DemoPki.Issued officer = pki.issueOfficer("Test Operator", "Bank", KeyType.EC_P256);
        Officer o = RolePolicy.operatorsOnly().officer(officer.certificate());
        return new SoftwareOfficerSession("test key", officer.privateKey(), officer.chain(), o, SignatureAlgorithm.forKey(
                officer.certificate().getPublicKey()).orElseThrow());
    }

    @Test
    void idleForTheLimitLocksAndTellsListeners() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            TokenSlot slot = new TokenSlot() {
                @Override
                public boolean cardPresent() {
                    return true;
                }

                @Override
                public OfficerSession login(char[] pin) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public AutoCloseable watch(OfficerSession s, ScheduledExecutorService x, Runnable onRemoved) {
                    return () -> { };
                }

                @Override
                public String description() {
                    return "test";
                }
            };
            OfficerSessions sessions = new OfficerSessions(slot, scheduler, direct, clock, Duration.ofMinutes(5));
            List<LockReason> locks = new ArrayList<>();
            sessions.addLockListener(locks::add);
            OfficerSession s = session();
            sessions.start(s);
            now = now.plus(Duration.ofMinutes(4));
            sessions.touch();
            now = now.plus(Duration.ofMinutes(4));
            sessions.checkIdle();
            assertTrue(sessions.current().isPresent(), "touched 4 minutes ago: still open");
            now = now.plus(Duration.ofMinutes(1));
            sessions.checkIdle();
            assertEquals(List.of(LockReason.IDLE), locks);
            assertFalse(s.isOpen(), "locking ends the token session");
            assertEquals(LockReason.IDLE, sessions.lastLockProperty().get());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
