package io.enrollment.queue.transmit;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Reads a byte range of a payload within the channel's bandwidth cap (shared with parallel uploads), reporting
 * progress as it goes. The cap keeps a branch's shared link usable while the queue drains.
 */
final class ThrottledInputStream extends InputStream {
    private final byte[] data;
    private final long total;
    private final BandwidthCap cap;
    private final UUID id;
    private final ProgressListener progress;
    private final long startNanos = System.nanoTime();
    private final long startOffset;
    private int position;
    private long lastReport;

    ThrottledInputStream(byte[] data, int offset, BandwidthCap cap, UUID id, ProgressListener progress) {
        this.data = data;
        this.total = data.length;
        this.position = offset;
        this.startOffset = offset;
        this.cap = cap;
        this.id = id;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= data.length) {
            progress.onProgress(id, total, total, rate());
            return -1;
        }
        int n = cap.chunk(Math.min(len, Math.min(data.length - position, 64 * 1024)));
        cap.acquire(n);
        System.arraycopy(data, position, b, off, n);
        position += n;
        long now = System.nanoTime();
        if (now - lastReport > 100_000_000L) {
            lastReport = now;
            progress.onProgress(id, position, total, rate());
        }
        return n;
    }

    private double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (position - startOffset) / seconds;
    }
}
