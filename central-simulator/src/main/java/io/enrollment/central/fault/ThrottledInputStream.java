package io.enrollment.central.fault;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/** Reads at most {@code bytesPerSecond} on average (the slow-read fault). */
final class ThrottledInputStream extends FilterInputStream {
    private final long bytesPerSecond;
    private final long started = System.nanoTime();
    private long read;

    ThrottledInputStream(InputStream in, long bytesPerSecond) {
        super(in);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Small slices keep the rate even.
        int n = super.read(b, off, (int) Math.min(len, Math.max(1, bytesPerSecond / 20)));
        if (n > 0) {
            read += n;
            long due = read * 1_000_000_000L / bytesPerSecond;
            long ahead = due - (System.nanoTime() - started);
            if (ahead > 0) {
                try {
                    Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while throttling");
                }
            }
        }
        return n;
    }
}
