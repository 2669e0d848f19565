package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Not a test: the face step of a demo workstation on a real display (run it under Xvfb), its camera playing the
 * demo video (1280×720, 25 fps), for {@code SECONDS} of live preview; an automatic capture is retaken at once, as
 * an operator demonstrating the guidance would. Prints each preview session's figures (frames shown per second,
 * checks per second, check time per frame wall and CPU, median and p95), and saves a screenshot of the whole
 * screen ({@code import -window root}) while the two-person scene is guided.
 *
 * <p>{@code xvfb-run -a -s "-screen 0 1200x800x24" java [-Dbench.opencvThreads=N] -cp … io.enrollment.app.e2e.FacePreviewBench SECONDS SCREENSHOT.png}
 */
public final class FacePreviewBench {
    private FacePreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path screenshot = Path.of(args.length > 1 ? args[1] : "target/face-live-xvfb.png");
        int threads = Integer.getInteger("bench.opencvThreads", -1);
        if (threads > 0) { // how the preview fares when the checks leave a core to the picture and the screen
            org.bytedeco.opencv.global.opencv_core.setNumThreads(threads);
        }
        System.out.println("OpenCV threads: " + org.bytedeco.opencv.global.opencv_core.getNumThreads());
        List<String> sessions = new ArrayList<>();
        var sessionLog = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.enrollment.app.enroll.FaceLiveSession");
        sessionLog.setLevel(Level.INFO);
        AppenderBase<ILoggingEvent> collect = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                synchronized (sessions) {
                    sessions.add(e.getFormattedMessage());
                }
            }
        };
        collect.setContext(sessionLog.getLoggerContext());
        collect.start();
        sessionLog.addAppender(collect);

        Path home = Files.createTempDirectory("face-bench");
        Stage stage = FxToolkit.registerPrimaryStage();
        DemoWorkstation ws = new DemoWorkstation(home, "ru", List.of());
        FxToolkit.setupFixture(() -> {
            try {
                ws.start(stage, Locale.ENGLISH);
                stage.setX(0);
                stage.setY(0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        FxRobot robot = new FxRobot();
        FaceStepLiveTest.toFaceStep(ws, robot);
        boolean shot = false;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < end) {
            String g = text(robot, "#faceGuidance");
            if (Boolean.getBoolean("bench.trace") && !g.equals(last)) {
                System.out.printf(Locale.ROOT, "%.2f guidance: %s%n", System.nanoTime() / 1e9, g);
                last = g;
            }
            if (!shot && g.equals("Only one person in the frame, please") && shows(robot, "#facePreview")
                    && !text(robot, "#facePreviewStats").isEmpty()) {
                Thread.sleep(700); // the scene lasts 2 s: let the screen catch up with the verdict before the shot
                Files.createDirectories(screenshot.toAbsolutePath().getParent());
                Process p = new ProcessBuilder("import", "-window", "root", screenshot.toString()).inheritIO().start();
                shot = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                System.out.println("screenshot " + screenshot + (shot ? "" : " FAILED") + "; guidance then: " + text(robot, "#faceGuidance"));
            }
            if (g.startsWith("Captured automatically")) {
                robot.clickOn("#retakeFace");
            }
            Thread.sleep(50);
        }
        robot.clickOn("#cancelButton");
        waitFor(10, () -> !shows(robot, "#captureFace"));
        Thread.sleep(500);
        synchronized (sessions) {
            System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
            sessions.forEach(s -> System.out.println("session " + s));
        }
        ws.close();
        FxToolkit.cleanupStages();
        System.exit(0);
    }
}
