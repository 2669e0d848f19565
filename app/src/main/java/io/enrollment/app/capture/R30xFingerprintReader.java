package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.R30xScanner;
import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerSettings;
import io.enrollment.devices.fingerprint.TransferListener;
import io.enrollment.qc.fingerprint.PrintImage;
import java.time.Duration;

/**
 * The R30x/AS608 scanner on a serial port (or the scanner emulator on a pty), opened at the first capture
 * and kept open; 500 ppi images.
 */
public final class R30xFingerprintReader implements FingerprintReader {
    private final String port;
    private final ScannerSettings settings;
    private R30xScanner scanner;

    public R30xFingerprintReader(String port, int baud) {
        this.port = port;
        this.settings = ScannerSettings.defaults().withBaudRate(baud);
    }

    @Override
    public synchronized PrintImage capture() throws CaptureException {
        try {
            if (scanner == null) {
                scanner = R30xScanner.open(port, settings);
            }
            GreyImage g = scanner.capture(Duration.ofSeconds(20), TransferListener.NONE);
            return new PrintImage(g.width(), g.height(), g.pixels(), 500);
        } catch (ScannerException e) {
            throw new CaptureException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized DeviceInfo device() {
        return scanner != null ? scanner.deviceInfo() : new DeviceInfo(DeviceInfo.Kind.FINGERPRINT_SCANNER, "", "R30x on " + port,
                "", "", DeviceInfo.Health.OK, "not opened yet");
    }

    @Override
    public String description() {
        return "R30x " + port;
    }
}
