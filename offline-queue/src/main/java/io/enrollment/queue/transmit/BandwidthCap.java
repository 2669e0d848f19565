package io.enrollment.queue.transmit;

import java.io.InterruptedIOException;

/**
 * The configured upload bandwidth, shared by every upload of a channel: parallel uploads split it rather than
 * multiply it. Each chunk is let through only when the chunks before it, all uploads together, have had their time
 * at the cap; time not used (an idle link) is not saved up for a burst.
 */
final class BandwidthCap {
    private final long bytesPerSecond;
    private long nextFreeNanos = System.nanoTime();

    /**
     * @param bytesPerSecond the cap, 0 for none
     */
    BandwidthCap(long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("bandwidth must not be negative: " + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    boolean capped() {
        return bytesPerSecond > 0;
    }

    /** A chunk size that lets the cap be kept to about a twentieth of a second. */
    int chunk(int wanted) {
        return capped() ? (int) Math.min(wanted, Math.max(1, bytesPerSecond / 20)) : wanted;
    }

    /** Waits until {@code bytes} more may go out. */
    void acquire(int bytes) throws InterruptedIOException {
        if (!capped()) {
            return;
        }
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextFreeNanos);
            nextFreeNanos = start + (long) (bytes * 1e9 / bytesPerSecond);
            waitNanos = nextFreeNanos - now;
        }
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("upload interrupted");
            }
        }
    }
}
