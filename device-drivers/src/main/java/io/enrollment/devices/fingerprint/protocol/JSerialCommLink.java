package io.enrollment.devices.fingerprint.protocol;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link SerialLink} over jSerialComm, opened by device path (a USB-serial adapter or a pty). */
public final class JSerialCommLink implements SerialLink {
    private final SerialPort port;
    private final String path;
    private int currentTimeout = -1;

    private JSerialCommLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /**
     * Opens {@code path} at {@code baudRate}, 8N1, no flow control.
     *
     * @throws ScannerException with reason PORT_UNAVAILABLE when the path does not exist or cannot be opened
     */
    public static JSerialCommLink open(String path, int baudRate) throws ScannerException {
        if (path == null || path.isBlank()) {
            throw new ScannerException(Reason.PORT_UNAVAILABLE, "no serial port given");
        }
        if (!Files.exists(Path.of(path))) {
            throw new ScannerException(Reason.PORT_UNAVAILABLE, "serial port " + path
                    + " does not exist: is the scanner plugged in, and is this the right port?");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new ScannerException(Reason.PORT_UNAVAILABLE, "serial port " + path + " cannot be used: " + e.getMessage(), e);
        }
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort(0)) {
            throw new ScannerException(Reason.PORT_UNAVAILABLE, "serial port " + path + " cannot be opened (error "
                    + port.getLastErrorCode() + "): is it in use by another program, and may this user open it"
                    + " (group dialout)?");
        }
        JSerialCommLink link = new JSerialCommLink(port, path);
        link.setTimeout(100);
        return link;
    }

    private void setTimeout(int millis) {
        if (millis != currentTimeout) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, millis, 2000);
            currentTimeout = millis;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws ScannerException {
        setTimeout(Math.max(1, timeoutMillis));
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw disconnected();
        }
        if (n == 0 && !Files.exists(Path.of(path))) {
            throw disconnected();
        }
        return n;
    }

    @Override
    public void write(byte[] data) throws ScannerException {
        int written = 0;
        while (written < data.length) {
            int n = port.writeBytes(data, data.length - written, written);
            if (n < 0) {
                throw disconnected();
            }
            if (n == 0) {
                throw new ScannerException(Reason.TIMEOUT, "could not write to serial port " + path + " within 2 s");
            }
            written += n;
        }
    }

    private ScannerException disconnected() {
        return new ScannerException(Reason.DISCONNECTED, "serial port " + path
                + " went away (scanner unplugged or its adapter removed); reconnect it and retry");
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void close() {
        port.closePort();
    }
}
