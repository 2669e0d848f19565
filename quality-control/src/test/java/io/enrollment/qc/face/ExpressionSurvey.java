package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.ExpressionNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * R-FACE-9's mouth and expression measures on every frontal and 3/4 portrait and the two Debian photos,
 * one line per photo (name, then each R-FACE-9 measure): the figures behind the thresholds in
 * docs/face-qc.md. With {@code dump} as argument it also writes the expression network's 112×112 input of
 * three portraits to {@code target/expression-crops/} (raw BGR) with the Java probabilities, for comparing
 * with an independent implementation; with {@code crops}, the network's range over nine crops around the
 * one it uses (how sensitive it is to the crop).
 */
public final class ExpressionSurvey {
    private ExpressionSurvey() {
    }

    public static void main(String[] args) throws Exception {
        FaceQualityParameters p = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
        List<Path> photos = new ArrayList<>();
        for (String folder : List.of("neutral_front", "smiling_front", "neutral_left_3quarter", "neutral_right_3quarter")) {
            photos.addAll(TestPhotos.folder(folder));
        }
        TestPhotos.graceHopper().ifPresent(photos::add);
        TestPhotos.astronaut().ifPresent(photos::add);
        boolean dump = args.length > 0 && args[0].equals("dump");
        Path crops = Path.of("target/expression-crops");
        Files.createDirectories(crops);
        try (FaceQualityPipeline pipeline = new FaceQualityPipeline()) {
            for (Path photo : photos) {
                try (Mat bgr = imread(photo.toString())) {
                    FaceAnalysis a = pipeline.analyse(bgr, ImageSource.cameraFrame(), p.minDetectorScore());
                    QualityReport r = FaceQualityPipeline.judge(a, p, Language.EN, "ru");
                    StringBuilder line = new StringBuilder(photo.getParent().getFileName() + "/" + photo.getFileName());
                    for (CheckResult c : r.checks()) {
                        if (c.id().equals("R-FACE-9")) {
                            line.append(String.format(Locale.ROOT, " %s=%.3f%s", c.name(), c.measured(), c.failed() ? "!" : ""));
                        }
                    }
                    if (args.length > 0 && args[0].equals("crops") && a.aligned().isPresent()) {
                        // the network's "happy" over crops 2.0/2.2/2.4 IED wide, centred 0.4/0.5/0.6 IED below the eyes
                        double lo = 1;
                        double hi = 0;
                        for (double side : new double[] {2.0, 2.2, 2.4}) {
                            for (double below : new double[] {0.4, 0.5, 0.6}) {
                                try (Mat crop = a.aligned().get().square(AlignedFace.EYES_X, AlignedFace.EYES_Y + below * AlignedFace.IED,
                                        side * AlignedFace.IED, ExpressionNetwork.INPUT)) {
                                    double h = pipeline.expressionOf(crop).happy();
                                    lo = Math.min(lo, h);
                                    hi = Math.max(hi, h);
                                }
                            }
                        }
                        line.append(String.format(Locale.ROOT, " | happy over 9 crops %.3f-%.3f", lo, hi));
                    }
                    System.out.println(line);
                    String name = photo.getFileName().toString();
                    if (dump && a.aligned().isPresent() && (name.equals("003_08.jpg") || name.equals("024_08.jpg") || name.equals("003_03.jpg"))) {
                        AlignedFace f = a.aligned().get();
                        try (Mat crop = f.square(AlignedFace.EYES_X, AlignedFace.EYES_Y + ExpressionNetwork.CROP_BELOW_EYES * AlignedFace.IED,
                                ExpressionNetwork.CROP_SIDE * AlignedFace.IED, ExpressionNetwork.INPUT)) {
                            byte[] raw = new byte[ExpressionNetwork.INPUT * ExpressionNetwork.INPUT * 3];
                            crop.data().get(raw);
                            Files.write(crops.resolve(name + ".bgr"), raw);
                        }
                        Files.writeString(crops.resolve(name + ".txt"), a.expression().orElseThrow().toString());
                        long t0 = System.nanoTime();
                        int n = 200;
                        for (int i = 0; i < n; i++) {
                            pipeline.expression(f);
                        }
                        System.out.printf(Locale.ROOT, "  expression network: %.2f ms per call (crop + forward, mean of %d)%n",
                                (System.nanoTime() - t0) / 1e6 / n, n);
                    }
                }
            }
        }
    }
}
