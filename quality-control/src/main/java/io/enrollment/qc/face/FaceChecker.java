package io.enrollment.qc.face;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.image.ImageHeader;
import io.enrollment.qc.face.image.ImageHeaderReader;
import io.enrollment.qc.face.image.StillImageReader;
import io.enrollment.qc.face.model.BlazeFaceDetector;
import io.enrollment.qc.face.model.FaceDetection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code workstation qc face FILE… [--remote]}: checks stored face images (imported files) against every
 * rule of item 11. The models are loaded on the first check, so listing the command costs nothing.
 *
 * <p>One image keeps both cores busy: the second decodes the whole image and then computes the file's traces
 * (recompression, resampling, SHA-256: pure Java on the pixels), while the calling thread decodes a reduced copy
 * of a JPEG (the DCT-domain shortcut) and runs the whole-frame detector on it; the mesh and the rules then work
 * on the whole image. The detector sees 256 pixels across the frame either way.
 */
public final class FaceChecker implements SampleChecker {
    private FaceQualityPipeline pipeline;
    private ExecutorService secondCore;
    private final Language language;

    public FaceChecker() {
        this(Language.EN);
    }

    public FaceChecker(Language language) {
        this.language = language;
    }

    @Override
    public Modality modality() {
        return Modality.FACE;
    }

    @Override
    public Map<String, Boolean> options() {
        return Map.of("remote", false);
    }

    @Override
    public String optionsUsage() {
        return "[--remote]  (R-FACE-5: the remote-capture inter-eye minimum)";
    }

    /**
     * @throws FaceModelException when the build did not package the face models
     */
    @Override
    public synchronized QualityReport check(byte[] data, Profile profile, Map<String, String> options)
            throws UnreadableSampleException {
        FaceQualityParameters p = FaceQualityParameters.from(profile, options.containsKey("remote"));
        ImageHeader header = ImageHeaderReader.read(data); // a bad file is refused before anything is decoded
        loadModels();
        CompletableFuture<StillImageReader.Pending> decoded = CompletableFuture.supplyAsync(() -> {
            try {
                return StillImageReader.decode(data, header, ImageSource.Origin.IMPORTED_FILE);
            } catch (UnreadableSampleException e) {
                throw new CompletionException(e);
            }
        }, secondCore);
        CompletableFuture<ImageSource> source = decoded.thenApplyAsync(StillImageReader.Pending::source, secondCore);
        try {
            List<FaceDetection> faces = findFaces(data, header, decoded, p.minDetectorScore());
            StillImageReader.Pending image = join(decoded);
            FaceAnalysis analysis = pipeline.analyse(image.bgr(), ImageSource.cameraFrame(), faces, Optional.empty());
            return FaceQualityPipeline.judge(analysis.withSource(join(source)), p, language, profile.id());
        } finally {
            // The pixels are closed only once the traces are done with them.
            source.exceptionally(e -> null).join();
            decoded.thenAccept(image -> image.bgr().close());
        }
    }

    /** Every face in the image, in its pixels: found on a reduced copy of a JPEG, else on the whole decode. */
    private List<FaceDetection> findFaces(byte[] data, ImageHeader header, CompletableFuture<StillImageReader.Pending> decoded,
                                          double minScore) throws UnreadableSampleException {
        Optional<StillImageReader.Preview> preview = StillImageReader.preview(data, header, BlazeFaceDetector.WHOLE_FRAME_INPUT);
        if (preview.isEmpty()) {
            return pipeline.detectAll(join(decoded).bgr(), minScore);
        }
        try (StillImageReader.Preview reduced = preview.get()) {
            return pipeline.detectAll(reduced.bgr(), minScore).stream().map(f -> f.scaled(reduced.factor())).toList();
        }
    }

    private void loadModels() {
        if (pipeline == null) {
            pipeline = new FaceQualityPipeline();
            secondCore = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "face-decode-and-traces");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** The task's result; its own exception rethrown as it was (join waits through interrupts). */
    private static <T> T join(CompletableFuture<T> task) throws UnreadableSampleException {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableSampleException u) {
                throw u;
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
