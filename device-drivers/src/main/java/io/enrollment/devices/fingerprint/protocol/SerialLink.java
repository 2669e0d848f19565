package io.enrollment.devices.fingerprint.protocol;

import io.enrollment.devices.fingerprint.ScannerException;

/** A byte stream to a serial device with timed reads: what the protocol needs from a serial port. */
public interface SerialLink extends AutoCloseable {
    /**
     * Reads at least one and at most {@code length} bytes, waiting at most {@code timeoutMillis}.
     *
     * @return the number of bytes read; 0 when nothing arrived in time
     * @throws ScannerException with reason DISCONNECTED when the port is gone
     */
    int read(byte[] buffer, int offset, int length, int timeoutMillis) throws ScannerException;

    /**
     * Writes all of {@code data}.
     *
     * @throws ScannerException with reason DISCONNECTED or TIMEOUT when the bytes could not be written
     */
    void write(byte[] data) throws ScannerException;

    /** The port's path, for messages and device information. */
    String path();

    @Override
    void close();
}
