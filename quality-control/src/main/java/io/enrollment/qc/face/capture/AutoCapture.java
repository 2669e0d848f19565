package io.enrollment.qc.face.capture;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import io.enrollment.core.Bytes;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.FaceQualityPipeline;
import io.enrollment.qc.face.ImageSource;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.LiveFaceQc;
import io.enrollment.qc.face.check.SharpnessCheck;
import io.enrollment.qc.face.image.StillImageReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * Guided automatic capture (R-FACE-14). Each live frame is checked against every rule; a failing frame
 * gives one guidance message (the first failing rule's) and ends the current run; when
 * {@code stableFrames} consecutive frames pass, the sharpest of them is cropped to the standard portrait
 * geometry, encoded once as JPEG, and re-checked as stored. Only a portrait that passes as stored is
 * returned as captured; otherwise capture continues with the stored report's guidance.
 *
 * <p>No UI here: the app shows {@link CaptureOutcome.Guidance#message()} and the frame. Not thread-safe.
 */
public final class AutoCapture implements AutoCloseable {
    /** JPEG quality of the one encoding the workstation makes. */
    static final int JPEG_QUALITY = 95;

    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Language language;
    private final String profileId;
    private final int stableFrames;
    private final List<Candidate> run = new ArrayList<>();
    private final LiveFaceQc live;

    private record Candidate(Mat frame, FaceAnalysis analysis, double sharpness) {
    }

    /**
     * @param stableFrames  how many consecutive passing frames make a stable run (e.g. 5 ≈ 1/6 s at 30 fps)
     */
    public AutoCapture(FaceQualityPipeline pipeline, FaceQualityParameters params, Language language, String profileId,
                       int stableFrames) {
        if (stableFrames < 1) {
            throw new IllegalArgumentException("a stable run needs at least one frame");
        }
        this.pipeline = pipeline;
        this.params = params;
        this.language = language;
        this.profileId = profileId;
        this.stableFrames = stableFrames;
        this.live = new LiveFaceQc(pipeline, params, language, profileId);
    }

    /** Offers the next camera frame (8-bit BGR; not kept unless it joins a run, then copied). */
    public CaptureOutcome offer(Mat frame) {
        LiveFaceQc.FrameResult result = live.check(frame);
        FaceAnalysis analysis = result.analysis();
        QualityReport report = result.report();
        if (report.verdict() != Verdict.PASS) {
            clearRun();
            return new CaptureOutcome.Guidance(guidance(report), 0, report);
        }
        double sharpness = SharpnessCheck.sharpness(analysis.aligned().orElseThrow());
        run.add(new Candidate(frame.clone(), analysis, sharpness));
        if (run.size() < stableFrames) {
            return new CaptureOutcome.Guidance(GuidanceMessage.HOLD_ON, run.size(), report);
        }
        Candidate best = run.stream().max((a, b) -> Double.compare(a.sharpness(), b.sharpness())).orElseThrow();
        Optional<CaptureOutcome> stored = store(best, report);
        clearRun();
        live.reset();
        return stored.orElseGet(() -> new CaptureOutcome.Guidance(GuidanceMessage.MOVE_BACK, 0, report));
    }

    private Optional<CaptureOutcome> store(Candidate best, QualityReport frameReport) {
        Optional<Rect> crop = PortraitCropper.crop(best.analysis().mesh().orElseThrow(), best.frame().cols(), best.frame().rows());
        if (crop.isEmpty()) {
            return Optional.empty(); // the frame cannot hold the standard portrait: step back
        }
        byte[] jpeg;
        try (Mat portrait = best.frame().apply(crop.get()); BytePointer buf = new BytePointer();
             IntPointer q = new IntPointer(IMWRITE_JPEG_QUALITY, JPEG_QUALITY)) {
            imencode(".jpg", portrait, buf, q);
            jpeg = new byte[(int) buf.limit()];
            buf.get(jpeg);
        }
        StillImageReader.Decoded decoded;
        try {
            decoded = StillImageReader.read(jpeg, ImageSource.Origin.WORKSTATION_CAPTURE);
        } catch (UnreadableSampleException e) {
            throw new IllegalStateException("the workstation's own JPEG must decode: " + e.getMessage(), e);
        }
        try (Mat stored = decoded.bgr()) {
            QualityReport asStored = pipeline.check(stored, decoded.source(), params, language, profileId);
            if (asStored.verdict() != Verdict.PASS) {
                return Optional.of(new CaptureOutcome.Guidance(guidance(asStored), 0, asStored));
            }
            return Optional.of(new CaptureOutcome.Captured(jpeg, stored.cols(), stored.rows(), asStored,
                    Bytes.sha256Hex(jpeg), frameReport));
        }
    }

    private static GuidanceMessage guidance(QualityReport report) {
        return report.firstFailure().map(CheckResult::guidance).flatMap(GuidanceMessage::fromText)
                .orElse(GuidanceMessage.VERIFY_MANUALLY);
    }

    private void clearRun() {
        run.forEach(c -> c.frame().close());
        run.clear();
    }

    @Override
    public void close() {
        clearRun();
    }
}
