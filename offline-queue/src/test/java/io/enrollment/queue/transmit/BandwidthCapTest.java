package io.enrollment.queue.transmit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cap holds for all uploads together (a lower bound on the time taken: load can only make it longer). */
class BandwidthCapTest {

    @Test
    void parallelUploadsShareTheCapInsteadOfMultiplyingIt() throws Exception {
        BandwidthCap cap = new BandwidthCap(400_000);
        int perUpload = 200_000;
        List<Thread> uploads = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < 2; u++) {
            Thread t = new Thread(() -> {
                try {
                    for (int sent = 0; sent < perUpload; ) {
                        int n = cap.chunk(Math.min(65536, perUpload - sent));
                        cap.acquire(n);
                        sent += n;
                    }
                } catch (java.io.InterruptedIOException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            uploads.add(t);
        }
        for (Thread t : uploads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 400 kB at 400 kB/s: one second for both together (each with its own cap of 400 kB/s: half a second)
        assertTrue(seconds >= 0.95, "400 kB went out in " + seconds + " s under a 400 kB/s cap");
    }

    @Test
    void chunksAreSmallEnoughToKeepTheCapAndUncappedChunksAreLeftAlone() {
        assertEquals(20_000, new BandwidthCap(400_000).chunk(65536));
        assertEquals(1, new BandwidthCap(10).chunk(65536));
        assertEquals(65536, new BandwidthCap(0).chunk(65536));
    }
}
