package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.R30xScanner;
import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerSettings;
import io.enrollment.devices.fingerprint.TransferListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fingerprint scanner (R-FP-1): handshake, a health round trip, one image transfer, and image sanity (the
 * size the scanner announced, and contrast: a blank or saturated image means a dirty or broken sensor).
 * Without a finger on the glass (the unattended weekly run) the image is still transferred, but its content is
 * not judged: a WARN, which does not block enrollment.
 */
public final class ScannerCheck implements SelfCheckItem {
    private final String port;
    private final int baud;
    private final Profile profile;
    private final Duration waitForFinger;

    public ScannerCheck(String port, int baud, Profile profile, Duration waitForFinger) {
        this.port = port;
        this.baud = baud;
        this.profile = profile;
        this.waitForFinger = waitForFinger;
    }

    @Override
    public String id() {
        return "scanner";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        m.add(Measurement.of("port", port, ""));
        ScannerSettings settings = ScannerSettings.defaults().withBaudRate(baud).withReadTimeout(Duration.ofSeconds(2));
        try (R30xScanner scanner = R30xScanner.open(port, settings)) {
            DeviceInfo health = scanner.checkHealth();
            m.add(Measurement.of("model", health.model(), ""));
            if (health.health() == DeviceInfo.Health.FAILED) {
                return ItemResult.fail(id(), Finding.of("scanner.unhealthy", port, health.healthDetail()), m,
                        Finding.of("scanner.remedy.reconnect"));
            }
            boolean finger = waitForFinger(scanner);
            GreyImage image = scanner.uploadImage(TransferListener.NONE);
            m.add(Measurement.of("image", image.width() + "x" + image.height(), "px"));
            m.add(Measurement.of("finger on sensor", finger, ""));
            double[] stats = meanAndDeviation(image);
            double minDeviation = profile.threshold("selfcheck.scanner.contrast.min");
            m.add(Measurement.of("mean", Math.round(stats[0]), "grey level"));
            m.add(Measurement.against("contrast", Math.round(stats[1] * 10) / 10.0, ">= " + minDeviation, "grey levels (std dev)"));
            if (image.width() != scanner.imageWidth() || image.height() != scanner.imageHeight()) {
                return ItemResult.fail(id(), Finding.of("scanner.wrongSize", image.width(), image.height(), scanner.imageWidth(),
                        scanner.imageHeight()), m, Finding.of("scanner.remedy.firmware"));
            }
            if (!finger) {
                return ItemResult.warn(id(), Finding.of("scanner.noFinger", waitForFinger.toSeconds()), m,
                        Finding.of("scanner.remedy.finger"));
            }
            if (stats[1] < minDeviation) {
                return ItemResult.fail(id(), Finding.of("scanner.noContrast", Math.round(stats[1]), minDeviation), m,
                        Finding.of("scanner.remedy.clean"));
            }
            DeviceInfo after = scanner.deviceInfo();
            if (after.health() == DeviceInfo.Health.DEGRADED) {
                return ItemResult.warn(id(), Finding.of("scanner.retries", after.healthDetail()), m,
                        Finding.of("scanner.remedy.cable"));
            }
            return ItemResult.ok(id(), Finding.of("scanner.ok", health.model(), port, image.width(), image.height()), m);
        } catch (ScannerException e) {
            Finding remedy = e.reason() == ScannerException.Reason.PORT_UNAVAILABLE ? Finding.of("scanner.remedy.port")
                    : e.reason() == ScannerException.Reason.NO_FINGER ? Finding.of("scanner.remedy.placeFinger")
                    : Finding.of("scanner.remedy.baud");
            return ItemResult.fail(id(), Finding.of("scanner.error", port, e.getMessage()), m, remedy);
        }
    }

    private boolean waitForFinger(R30xScanner scanner) throws ScannerException {
        long deadline = System.nanoTime() + waitForFinger.toNanos();
        do {
            if (scanner.fingerPresent()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static double[] meanAndDeviation(GreyImage image) {
        byte[] px = image.pixels();
        double sum = 0;
        double sq = 0;
        for (byte b : px) {
            int v = b & 0xff;
            sum += v;
            sq += (double) v * v;
        }
        double mean = sum / px.length;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / px.length - mean * mean))};
    }
}
