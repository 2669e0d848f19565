package io.enrollment.qc.face;

import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * The live per-frame path: every rule on every camera frame, tracking the subject from frame to frame as
 * MediaPipe does. While a face is tracked, one mesh pass cropped around the last mesh replaces three, and the
 * short-range detector on the region around the face (a quarter of the cost) replaces the whole-frame
 * detector, which still runs on every {@code wholeFrameInterval}-th frame, on the first frame, and whenever
 * the subject is not found in the region.
 *
 * <p>R-FACE-8 on the live path: a face that appears inside the tracked region counts in that frame; one that
 * appears elsewhere counts at the next whole-frame pass, at most {@code wholeFrameInterval − 1} frames later,
 * and faces found by a whole-frame pass keep counting until the next one. The stored portrait is always
 * re-checked with the whole-frame detector ({@code AutoCapture}), so the stored image is judged without lag.
 * Storage rules (R-FACE-11, R-FACE-13) are left to that stored re-check. Not thread-safe: one per preview
 * stream.
 */
public final class LiveFaceQc {
    /**
     * Whole-frame detection every 30th frame while tracking: a face outside the tracked region counts at most
     * 29 frames (just under a second at 30 fps) after it appears; fewer than 5 % of frames pay for the
     * whole-frame detector, so it does not set the 95th percentile of the frame time (docs/benchmarks.md).
     */
    public static final int DEFAULT_WHOLE_FRAME_INTERVAL = 30;

    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Language language;
    private final String profileId;
    private final int wholeFrameInterval;
    private Optional<FaceMesh> previous = Optional.empty();
    /** Faces the last whole-frame pass found besides the subject. */
    private List<FaceDetection> others = List.of();
    private int framesSinceWholeFrame;
    private boolean lastWasWholeFrame;

    public LiveFaceQc(FaceQualityPipeline pipeline, FaceQualityParameters params, Language language, String profileId) {
        this(pipeline, params, language, profileId, DEFAULT_WHOLE_FRAME_INTERVAL);
    }

    /**
     * @param wholeFrameInterval  frames from one whole-frame detection to the next while a face is tracked
     *                            (1: every frame)
     */
    public LiveFaceQc(FaceQualityPipeline pipeline, FaceQualityParameters params, Language language, String profileId,
                      int wholeFrameInterval) {
        if (wholeFrameInterval < 1) {
            throw new IllegalArgumentException("the whole-frame interval is at least one frame");
        }
        this.pipeline = pipeline;
        this.params = params;
        this.language = language;
        this.profileId = profileId;
        this.wholeFrameInterval = wholeFrameInterval;
    }

    /** One frame's analysis and verdicts. */
    public record FrameResult(FaceAnalysis analysis, QualityReport report) {
    }

    /** Checks one 8-bit BGR frame. */
    public FrameResult check(Mat frame) {
        double minScore = params.minDetectorScore();
        List<FaceDetection> faces = List.of();
        boolean whole = previous.isEmpty() || framesSinceWholeFrame + 1 >= wholeFrameInterval;
        if (!whole) {
            Rect region = FaceQualityPipeline.trackingRegion(previous.get());
            List<FaceDetection> near = pipeline.detectIn(frame, region, minScore);
            whole = near.isEmpty(); // the subject left the region: look at the whole frame now
            faces = whole ? faces : withOthersOutside(near, region);
        }
        if (whole) {
            faces = pipeline.detectAll(frame, minScore);
            framesSinceWholeFrame = 0;
        } else {
            framesSinceWholeFrame++;
        }
        Optional<FaceMesh> tracked = previous.map(m -> pipeline.track(frame, m));
        FaceAnalysis analysis = pipeline.analyse(frame, ImageSource.cameraFrame(), faces, tracked);
        if (whole) {
            others = faces.stream().filter(f -> !analysis.mesh().map(m -> FaceQualityPipeline.onFace(m, f)).orElse(false)).toList();
        }
        previous = analysis.mesh();
        lastWasWholeFrame = whole;
        return new FrameResult(analysis, FaceQualityPipeline.judge(analysis, params, language, profileId));
    }

    /** Whether the last frame checked had the whole-frame detector (otherwise the tracked region's). */
    public boolean lastWasWholeFrame() {
        return lastWasWholeFrame;
    }

    /** The region's faces plus the last whole-frame pass's other faces that lie outside it and overlap none of them. */
    private List<FaceDetection> withOthersOutside(List<FaceDetection> near, Rect region) {
        List<FaceDetection> all = new ArrayList<>(near);
        for (FaceDetection o : others) {
            double cx = o.centre().x();
            double cy = o.centre().y();
            boolean inside = cx >= region.x() && cx < region.x() + region.width() && cy >= region.y() && cy < region.y() + region.height();
            if (!inside && near.stream().noneMatch(n -> n.iou(o) > 0)) {
                all.add(o);
            }
        }
        return all;
    }

    /** Forgets the tracked face (e.g. after a capture or when the camera changed): the next frame is whole. */
    public void reset() {
        previous = Optional.empty();
        others = List.of();
    }
}
