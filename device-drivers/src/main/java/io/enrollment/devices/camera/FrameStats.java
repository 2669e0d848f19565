package io.enrollment.devices.camera;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Locale;

/** Counts frames and drops to report the achieved frame rate and health. */
final class FrameStats {
    private final long startNanos = System.nanoTime();
    private long frames;
    private long dropped;
    private long failures;

    void frame() {
        frames++;
    }

    void dropped(long n) {
        dropped += n;
    }

    void failure() {
        failures++;
    }

    long frames() {
        return frames;
    }

    double fps() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : frames / seconds;
    }

    DeviceInfo info(String vendor, String model, String serial, String driver, int width, int height) {
        DeviceInfo.Health health = failures > 0 ? DeviceInfo.Health.FAILED
                : dropped > frames / 10 ? DeviceInfo.Health.DEGRADED : DeviceInfo.Health.OK;
        String detail = String.format(Locale.ROOT, "%dx%d, %.1f fps achieved, %d frames, %d dropped%s", width, height, fps(),
                frames, dropped, failures > 0 ? ", " + failures + " read failures" : "");
        return new DeviceInfo(DeviceInfo.Kind.CAMERA, vendor, model, serial, driver, health, detail);
    }
}
