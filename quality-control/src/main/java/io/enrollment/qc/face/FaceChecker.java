package io.enrollment.qc.face;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.image.StillImageReader;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code workstation qc face FILE… [--remote]}: checks stored face images (imported files) against every
 * rule of item 11. The models are loaded on the first check, so listing the command costs nothing.
 */
public final class FaceChecker implements SampleChecker {
    private FaceQualityPipeline pipeline;
    private ExecutorService fileTraces;
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
        StillImageReader.Pending image = StillImageReader.decode(data, ImageSource.Origin.IMPORTED_FILE);
        try {
            if (pipeline == null) {
                pipeline = new FaceQualityPipeline();
                fileTraces = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "face-file-traces");
                    t.setDaemon(true);
                    return t;
                });
            }
            // The file's traces (recompression, resampling, SHA-256: pure Java on the pixels) on the second core
            // while the models look at the same pixels; neither writes them.
            Future<ImageSource> source = fileTraces.submit(image::source);
            FaceAnalysis analysis;
            try {
                analysis = pipeline.analyse(image.bgr(), ImageSource.cameraFrame(), p.minDetectorScore());
            } finally {
                waitFor(source); // the pixels are closed below only once the traces are done with them
            }
            return FaceQualityPipeline.judge(analysis.withSource(waitFor(source)), p, language, profile.id());
        } finally {
            image.bgr().close();
        }
    }

    private static ImageSource waitFor(Future<ImageSource> source) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return source.get();
                } catch (InterruptedException e) {
                    interrupted = true; // finish: the traces still read the pixels
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
