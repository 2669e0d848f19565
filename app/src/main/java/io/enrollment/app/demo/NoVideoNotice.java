package io.enrollment.app.demo;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * What the demo camera shows when it has no video and no portraits: a picture that says so, why, and what to
 * do — so the face step's live preview itself explains the fallback.
 */
final class NoVideoNotice {
    static final String FILE_NAME = "NO-DEMO-VIDEO.png";
    private static final int LINE_CHARS = 70;

    private NoVideoNotice() {
    }

    static void write(Path file, String why, Path folder) throws IOException {
        List<String> lines = new ArrayList<>(List.of("DEMO: no demo video", ""));
        lines.addAll(wrap("Why: " + why));
        lines.add("");
        lines.addAll(wrap("Put JPEG portraits of one person in " + folder
                + " (or the shared test photographs beside the repository) and start the demo again."));
        try (Mat picture = new Mat(DemoVideo.HEIGHT, DemoVideo.WIDTH, opencv_core.CV_8UC3, new Scalar(60, 50, 45, 0))) {
            int y = 120;
            for (String line : lines) {
                putText(picture, line, new Point(60, y), FONT_HERSHEY_SIMPLEX, 0.9, new Scalar(240, 240, 240, 0), 2, LINE_AA, false);
                y += 46;
            }
            if (!imwrite(file.toString(), picture)) {
                throw new IOException("cannot write " + file);
            }
        }
    }

    private static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > LINE_CHARS) { // a long path: break it where it must
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, LINE_CHARS));
                word = word.substring(LINE_CHARS);
            }
            if (line.length() + word.length() + 1 > LINE_CHARS && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
