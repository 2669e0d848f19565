package io.enrollment.queue.transmit;

import java.util.UUID;

/**
 * Progress of one upload, for the GUI's progress bars; called by one transmitter thread at a time (uploads may run
 * in parallel, so calls for different items interleave).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (id, sent, total, bytesPerSecond) -> { };

    void onProgress(UUID id, long sent, long total, double bytesPerSecond);
}
