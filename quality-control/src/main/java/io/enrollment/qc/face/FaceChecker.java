package io.enrollment.qc.face;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.image.StillImageReader;
import java.util.Map;

/**
 * {@code workstation qc face FILE… [--remote]}: checks stored face images (imported files) against every
 * rule of item 11. The models are loaded on the first check, so listing the command costs nothing.
 */
public final class FaceChecker implements SampleChecker {
    private FaceQualityPipeline pipeline;
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
        StillImageReader.Decoded image = StillImageReader.read(data, ImageSource.Origin.IMPORTED_FILE);
        try {
            if (pipeline == null) {
                pipeline = new FaceQualityPipeline();
            }
            return pipeline.check(image.bgr(), image.source(), p, language, profile.id());
        } finally {
            image.bgr().close();
        }
    }
}
