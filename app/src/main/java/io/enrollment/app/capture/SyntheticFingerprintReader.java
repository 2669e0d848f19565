package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.emulator.PrintSource;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import io.enrollment.qc.fingerprint.PrintImage;

/**
 * DEMO scanner: synthetic prints from the device-drivers' generator (the same images the scanner emulator
 * serves over a pty), 256×288 at 500 ppi. A source of one finger repeated demonstrates duplicate refusal.
 */
public final class SyntheticFingerprintReader implements FingerprintReader {
    private final PrintSource source;

    public SyntheticFingerprintReader(PrintSource source) {
        this.source = source;
    }

    @Override
    public PrintImage capture() {
        GreyImage image = source.next(SyntheticFingerprints.SCANNER_WIDTH, SyntheticFingerprints.SCANNER_HEIGHT);
        return new PrintImage(image.width(), image.height(), image.pixels(), 500);
    }

    @Override
    public DeviceInfo device() {
        return new DeviceInfo(DeviceInfo.Kind.FINGERPRINT_SCANNER, "", "scanner emulator (DEMO)", "", "",
                DeviceInfo.Health.OK, source.describe());
    }

    @Override
    public String description() {
        return source.describe();
    }
}
