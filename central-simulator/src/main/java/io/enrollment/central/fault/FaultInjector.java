package io.enrollment.central.fault;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;

/**
 * Applies {@link Faults} to requests. The 5xx decisions come from one {@link Random} seeded with
 * {@link Faults#seed()}, so a run with the same requests in the same order injects the same errors.
 */
public final class FaultInjector {
    private final Faults faults;
    private final Random random;
    private final Clock clock;

    public FaultInjector(Faults faults, Clock clock) {
        this.faults = faults;
        this.random = new Random(faults.seed());
        this.clock = clock;
    }

    public Faults faults() {
        return faults;
    }

    /** Waits the configured latency. */
    public void delay() throws InterruptedException {
        if (!faults.latency().isZero()) {
            Thread.sleep(faults.latency().toMillis());
        }
    }

    /** Whether this request is answered with a 5xx. */
    public boolean failThisRequest() {
        if (faults.errorRate() <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < faults.errorRate();
        }
    }

    /** The request body as the server will read it (throttled when slow-read is set). */
    public InputStream body(InputStream in) {
        return faults.slowRead() > 0 ? new ThrottledInputStream(in, faults.slowRead()) : in;
    }

    /** Body bytes after which a PATCH connection is dropped, or {@link Long#MAX_VALUE}. */
    public long dropAfter() {
        return faults.dropAfter() > 0 ? faults.dropAfter() : Long.MAX_VALUE;
    }

    /** The server's (possibly skewed) time for {@code receivedAt}. */
    public Instant now() {
        return clock.instant().plus(faults.clockSkew());
    }
}
