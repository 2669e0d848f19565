package io.enrollment.devices.camera;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A camera that survives being unplugged: when the underlying camera fails, it is closed, every
 * {@link #grab()} reports the disconnection (so the preview can say so) and, at most once per retry
 * interval, tries to open the camera again; once it opens, frames flow again.
 */
public final class ReconnectingCamera implements Camera {
    /** Opens the underlying camera. */
    @FunctionalInterface
    public interface Opener {
        Camera open() throws CameraException;
    }

    private final Opener opener;
    private final long retryNanos;
    private final LongSupplier clock;
    private final String name;
    private Camera current;
    private String lastProblem = "";
    private long nextAttempt;
    private int reconnects;

    /**
     * @param name          how the camera is called in messages
     * @param opener        opens the camera (called now and after each failure)
     * @param retryMillis   least time between two attempts to reopen
     */
    public ReconnectingCamera(String name, Opener opener, long retryMillis) {
        this(name, opener, retryMillis, System::nanoTime);
    }

    ReconnectingCamera(String name, Opener opener, long retryMillis, LongSupplier clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.retryNanos = retryMillis * 1_000_000L;
        this.clock = clock;
        this.nextAttempt = clock.getAsLong();
    }

    /**
     * The next frame, or empty at the end of a file-backed source.
     *
     * @throws CameraException while the camera is away: the message says so and that it is being retried
     */
    @Override
    public Optional<Mat> grab() throws CameraException {
        if (current == null) {
            reopen();
        }
        try {
            return current.grab();
        } catch (CameraException e) {
            lost(e.getMessage());
            throw new CameraException(name + " disconnected (" + e.getMessage() + "); reconnecting", e);
        }
    }

    private void reopen() throws CameraException {
        long now = clock.getAsLong();
        if (now - nextAttempt < 0) {
            throw new CameraException(name + " disconnected (" + lastProblem + "); reconnecting");
        }
        try {
            current = opener.open();
            if (!lastProblem.isEmpty()) {
                reconnects++;
            }
            lastProblem = "";
        } catch (CameraException e) {
            nextAttempt = now + retryNanos;
            lastProblem = e.getMessage();
            throw new CameraException(name + " disconnected (" + e.getMessage() + "); reconnecting", e);
        }
    }

    private void lost(String problem) {
        if (current != null) {
            current.close();
            current = null;
        }
        lastProblem = problem;
        nextAttempt = clock.getAsLong() + retryNanos;
    }

    /** Whether frames are flowing now. */
    public boolean connected() {
        return current != null;
    }

    /** How many times the camera came back after a failure. */
    public int reconnects() {
        return reconnects;
    }

    @Override
    public DeviceInfo info() {
        if (current == null) {
            return new DeviceInfo(DeviceInfo.Kind.CAMERA, "", name, "", "", DeviceInfo.Health.FAILED,
                    "disconnected: " + lastProblem);
        }
        return current.info();
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
