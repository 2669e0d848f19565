package io.enrollment.app.headless;

import io.enrollment.queue.transmit.CentralChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the headless demo delivers: the channel to the central system, and the central certificate that
 * packages are sealed to and receipts are verified with.
 */
interface CentralTarget extends AutoCloseable {
    CentralChannel channel();

    /** PEM of the central system's certificate (envelope recipient, receipt signer, pinned in TLS). */
    Path centralCertificate();

    /** For the output: the URL and what it is. */
    String description();

    /** The central system's own counts, when it is a simulator this run can read; else empty. */
    Optional<String> counts();

    @Override
    void close();
}
