package io.enrollment.queue.transmit;

import java.util.UUID;

/** Progress of one upload, for the GUI's progress bars; called on the transmitter's thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (id, sent, total, bytesPerSecond) -> { };

    void onProgress(UUID id, long sent, long total, double bytesPerSecond);
}
