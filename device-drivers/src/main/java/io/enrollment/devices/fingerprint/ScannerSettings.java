package io.enrollment.devices.fingerprint;

import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to an R30x/AS608 scanner.
 *
 * @param baudRate        line speed; the modules ship at 57 600 and support multiples of 9 600 up to 115 200
 * @param address         module address (0xFFFFFFFF unless it was changed)
 * @param password        module password (0 unless it was changed)
 * @param readTimeout     longest silence accepted while waiting for a packet or a byte of one
 * @param retries         how often a failed command or image transfer is tried again
 * @param pollInterval    pause between two "is a finger on the sensor?" polls
 */
public record ScannerSettings(int baudRate, int address, int password, Duration readTimeout, int retries,
                              Duration pollInterval) {
    public ScannerSettings {
        if (baudRate < 9600 || baudRate > 921_600) {
            throw new IllegalArgumentException("baud rate must be 9600–921600, was " + baudRate);
        }
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero() || readTimeout.toMillis() > 60_000) {
            throw new IllegalArgumentException("read timeout must be between 1 ms and 60 s, was " + readTimeout);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be 0–10, was " + retries);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("poll interval must not be negative");
        }
    }

    /** Factory settings: 57 600 baud, address 0xFFFFFFFF, password 0, 1 s read timeout, 2 retries, 100 ms polls. */
    public static ScannerSettings defaults() {
        return new ScannerSettings(57_600, 0xFFFFFFFF, 0, Duration.ofSeconds(1), 2, Duration.ofMillis(100));
    }

    public ScannerSettings withBaudRate(int rate) {
        return new ScannerSettings(rate, address, password, readTimeout, retries, pollInterval);
    }

    public ScannerSettings withReadTimeout(Duration timeout) {
        return new ScannerSettings(baudRate, address, password, timeout, retries, pollInterval);
    }

    public ScannerSettings withRetries(int count) {
        return new ScannerSettings(baudRate, address, password, readTimeout, count, pollInterval);
    }
}
