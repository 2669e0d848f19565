package io.enrollment.app.headless;

import io.enrollment.queue.transmit.CentralChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A central system named by a workstation configuration (its {@code central.url}, channel, certificate and TLS
 * client key): the channel is built by the caller from that configuration. It must trust the demo cards' CA for
 * the officers' signatures, or it will reject the packages.
 */
final class ConfiguredCentral implements CentralTarget {
    private final CentralChannel channel;
    private final Path centralCertificate;
    private final String description;

    ConfiguredCentral(CentralChannel channel, Path centralCertificate, String description) {
        this.channel = channel;
        this.centralCertificate = centralCertificate;
        this.description = description;
    }

    @Override
    public CentralChannel channel() {
        return channel;
    }

    @Override
    public Path centralCertificate() {
        return centralCertificate;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<String> counts() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing of ours runs there
    }
}
