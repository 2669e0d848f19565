package io.enrollment.central;

import io.enrollment.central.fault.Faults;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run the simulator.
 *
 * @param dir            its directory: {@code pki/}, the H2 database {@code db/}, {@code uploads/} in progress,
 *                       {@code received/} (only with {@code keepPayloads})
 * @param bindAddress    address to listen on ({@code 127.0.0.1} by default)
 * @param port           TCP port, 0 for any free port
 * @param faults         injected faults ({@link Faults#NONE} normally)
 * @param officerTrust   PEM files with extra trust anchors for officers' certificates (the simulator CA is always one)
 * @param keepPayloads   keep completed payloads under {@code received/} instead of deleting them
 * @param maxUploadBytes largest accepted {@code Upload-Length}
 * @param centralName    the {@code central} field of receipts
 */
public record CentralConfig(Path dir, String bindAddress, int port, Faults faults, List<Path> officerTrust,
                            boolean keepPayloads, long maxUploadBytes, String centralName) {
    /** Default limit: 256 MiB. */
    public static final long DEFAULT_MAX_UPLOAD = 256L << 20;

    public CentralConfig {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(centralName, "centralName");
        officerTrust = List.copyOf(officerTrust);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
    }

    /** Loopback, the given port and directory, no faults. */
    public static CentralConfig of(Path dir, int port) {
        return new CentralConfig(dir, "127.0.0.1", port, Faults.NONE, List.of(), false, DEFAULT_MAX_UPLOAD,
                "central-simulator");
    }

    public CentralConfig withFaults(Faults f) {
        return new CentralConfig(dir, bindAddress, port, f, officerTrust, keepPayloads, maxUploadBytes, centralName);
    }

    public CentralConfig withOfficerTrust(List<Path> pems) {
        return new CentralConfig(dir, bindAddress, port, faults, pems, keepPayloads, maxUploadBytes, centralName);
    }

    public CentralConfig withKeepPayloads(boolean keep) {
        return new CentralConfig(dir, bindAddress, port, faults, officerTrust, keep, maxUploadBytes, centralName);
    }

    public CentralConfig withBindAddress(String address) {
        return new CentralConfig(dir, address, port, faults, officerTrust, keepPayloads, maxUploadBytes, centralName);
    }
}
