package io.enrollment.app.headless;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.devices.camera.CameraException;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.FaceQualityPipeline;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.AutoCapture;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The face step without a screen: the camera's frames go through quality-control's guided automatic capture
 * (R-FACE-14) until it captures a portrait that passes as stored. An attempt is {@value #ATTEMPT_SECONDS} s of
 * camera time, as an operator watching the guidance would start over after a while; after the profile's number
 * of attempts the capture has failed and the caller records it as rejected (R-QC-3).
 */
final class FaceAutoCapture {
    /** Camera time one attempt may take, as long as an operator would watch the guidance before starting over. */
    static final double ATTEMPT_SECONDS = 15;

    private final CameraFrames camera;
    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Profile profile;
    private final int attempts;

    /** What the step came to: the sample, or the last failing frame for the rejection record. */
    record Result(Optional<FaceSample> sample, int attempt, int frames, List<GuidanceMessage> guidance,
                  QualityReport lastReport, byte[] rejectedJpeg) {
        boolean passed() {
            return sample.isPresent();
        }
    }

    FaceAutoCapture(CameraFrames camera, FaceQualityPipeline pipeline, FaceQualityParameters params, Profile profile, int attempts) {
        this.camera = camera;
        this.pipeline = pipeline;
        this.params = params;
        this.profile = profile;
        this.attempts = attempts;
    }

    /**
     * Runs the capture for one subject.
     *
     * @param metadata the capture metadata for the devices as they are at the moment of capture
     * @throws CameraException when the camera cannot deliver frames at all
     */
    Result capture(Function<List<DeviceInfo>, CaptureMetadata> metadata) throws CameraException {
        List<GuidanceMessage> guidance = new ArrayList<>();
        int frames = 0;
        QualityReport last = null;
        Mat lastFailing = null;
        try {
            double fps = camera.framesPerSecond();
            int framesPerAttempt = (int) Math.ceil(ATTEMPT_SECONDS * fps);
            // A stream needs the profile's run of good frames in a row, as in the GUI; a folder of stills has one
            // frame per moment, and a run across stills would join different pictures.
            int stableFrames = fps <= 1 ? 1 : stableFrames();
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try (AutoCapture auto = new AutoCapture(pipeline, params, Language.EN, profile.id(), stableFrames)) {
                    for (int f = 0; f < framesPerAttempt; f++) {
                        CaptureOutcome outcome;
                        try (Mat frame = camera.next()) {
                            frames++;
                            outcome = auto.offer(frame);
                            if (outcome instanceof CaptureOutcome.Guidance g && g.message() != GuidanceMessage.HOLD_ON) {
                                guidance.add(g.message());
                                last = g.frameReport();
                                if (lastFailing != null) {
                                    lastFailing.close();
                                }
                                lastFailing = frame.clone();
                            }
                        }
                        if (outcome instanceof CaptureOutcome.Captured c) {
                            byte[] jpeg = c.jpeg();
                            FaceSample sample = new FaceSample(jpeg, ImageFormat.sniff(jpeg), c.width(), c.height(),
                                    metadata.apply(List.of(camera.info())), c.storedReport());
                            return new Result(Optional.of(sample), attempt, frames, guidance, c.storedReport(), new byte[0]);
                        }
                    }
                }
            }
            return new Result(Optional.empty(), attempts, frames, guidance, last, lastFailing == null ? new byte[0] : jpeg(lastFailing));
        } finally {
            if (lastFailing != null) {
                lastFailing.close();
            }
        }
    }

    /** Good frames in a row before a stream is captured: profile setting {@code face.autocapture.frames}, default 5. */
    private int stableFrames() {
        String v = profile.setting("face.autocapture.frames", "5");
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("face.autocapture.frames must be a whole number, was '" + v + "'", e);
        }
    }

    /** Attempts before the capture counts as failed (profile setting). */
    int attempts() {
        return attempts;
    }

    /** The collection method this step records. */
    static CollectionMethod method() {
        return CollectionMethod.IN_PERSON_GUIDED_AUTO;
    }

    private static byte[] jpeg(Mat frame) {
        try (BytePointer buf = new BytePointer()) {
            if (!imencode(".jpg", frame, buf)) {
                return new byte[0];
            }
            byte[] bytes = new byte[(int) buf.limit()];
            buf.get(bytes);
            return bytes;
        }
    }
}
