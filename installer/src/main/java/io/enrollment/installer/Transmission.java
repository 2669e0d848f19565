package io.enrollment.installer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How this workstation reaches the central system (see {@code docs/protocol.md}).
 *
 * @param centralCertificate  PEM of the central system's certificate, pinned for TLS and receipts; null until configured
 * @param clientKeystore      PKCS#12 with the workstation's TLS client key and certificate; null until configured
 * @param clientPasswordFile  file holding that key store's password (readable by the workstation's user only)
 * @param bandwidthBytesPerSecond upload cap, 0 for none
 * @param xroadService        provider service id {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE} (channel xroad)
 * @param xroadClient         this workstation's subsystem id {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM} (channel xroad)
 */
public record Transmission(Path centralCertificate, Path clientKeystore, Path clientPasswordFile,
                           long bandwidthBytesPerSecond, String xroadService, String xroadClient) {
    public Transmission {
        xroadService = xroadService == null ? "" : xroadService;
        xroadClient = xroadClient == null ? "" : xroadClient;
    }

    /** Whether everything needed to transmit is configured. */
    public boolean configured() {
        return centralCertificate != null && clientKeystore != null && clientPasswordFile != null;
    }

    public Optional<Path> certificate() {
        return Optional.ofNullable(centralCertificate);
    }
}
