package io.enrollment.app.e2e;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.fx.DialogService;
import io.enrollment.app.shell.WorkstationWindow;
import io.enrollment.installer.WorkstationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A demo workstation for end-to-end GUI tests: its own demo home, real face photographs in the camera folder
 * (from {@code shared/testdata/faces}), a clock the test can move, and dialogs the test answers.
 */
final class DemoWorkstation implements AutoCloseable {
    static final Path FACES = Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));

    /** The end-to-end tests need real portraits for the demo camera; without the shared test data they are skipped, saying so. */
    static void assumeFaces() {
        if (!java.nio.file.Files.isDirectory(FACES)) {
            String why = "SKIPPED: the shared test photographs are not at " + FACES.toAbsolutePath().normalize()
                    + " (../shared/testdata/faces beside the repository); the GUI end-to-end tests need real faces";
            System.err.println(why); // a class-level skip is not listed by Surefire: say it in the build log
            org.junit.jupiter.api.Assumptions.abort(why);
        }
    }

    /** A clock whose time the test advances (idle lock). */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Answers confirmations with {@link #answer}, and saves files where the test says; records the questions. */
    static final class ScriptedDialogs implements DialogService {
        volatile boolean answer = true;
        volatile Path saveTo;
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean confirm(String title, String question) {
            asked.add(title);
            return answer;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName) {
            asked.add(title);
            return Optional.ofNullable(saveTo);
        }
    }

    final Path home;
    final Path cameraImages;
    final WorkstationConfig config;
    final MovableClock clock = new MovableClock();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    WorkstationWindow.Opened opened;

    /**
     * @param cameraFrames portraits the demo camera shows in turn (in its image folder); none: the demo video
     */
    DemoWorkstation(Path home, String profile, List<Path> cameraFrames) throws Exception {
        this(home, profile, cameraFrames, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param adjust changes the demo's configuration before the workstation opens (a real token instead of the
     *               demo card, say)
     */
    DemoWorkstation(Path home, String profile, List<Path> cameraFrames,
                    java.util.function.UnaryOperator<WorkstationConfig> adjust) throws Exception {
        this.home = home;
        DemoEnvironment demo = new DemoEnvironment(home);
        this.cameraImages = demo.cameraImages();
        Files.createDirectories(cameraImages);
        showCamera(cameraFrames);
        this.config = adjust.apply(demo.prepare(profile));
    }

    /**
     * Puts other portraits in front of the image-folder camera: each file is replaced whole (written beside,
     * then moved over), so the camera never reads half a picture; it shows them from its next round.
     */
    void showCamera(List<Path> frames) throws java.io.IOException {
        for (int i = 0; i < frames.size(); i++) {
            Path target = cameraImages.resolve(String.format("frame-%02d.jpg", i));
            Path part = cameraImages.resolve(String.format(".frame-%02d.part", i));
            Files.copy(frames.get(i), part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        try (var old = Files.list(cameraImages)) {
            for (Path p : old.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("frame-") && Integer.parseInt(n.substring(6, 8)) >= frames.size()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Path face(String folder, String file) {
        return FACES.resolve(folder).resolve(file);
    }

    void start(Stage stage, Locale locale) throws Exception {
        // a test runs from classes: the self-check's integrity item checks a test installation instead
        opened = WorkstationWindow.open(config, locale, clock, Duration.ofMinutes(5), dialogs,
                io.enrollment.app.selfcheck.TestInstallation.options(home.resolve("install"), home.resolve("devices")));
        stage.setScene(opened.scene());
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    /** Waits until {@code condition} holds (background work hops back to the FX thread), up to {@code seconds}. */
    static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String query) {
        Object n = robot.lookup(query).query();
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    /** Whether the node is in the scene and it and all its parents are visible. */
    static boolean shows(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            if (n.getScene() == null) {
                return false;
            }
            for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    /** Types into a field (clicks it, replaces its text). */
    static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> ((TextInputControl) robot.lookup(query).query()).setText(value));
    }

    void login(FxRobot robot, String pin) throws Exception {
        // a new demo runs its first self-check at start-up; enrollment is blocked until it has passed
        waitFor(180, () -> !opened.duties().runs().active());
        waitFor(10, () -> shows(robot, "#pinField"));
        type(robot, "#pinField", pin);
        robot.clickOn("#loginButton");
    }

    /** Fills the subject step for a person whose document was checked in person, and goes on to the consent. */
    static void enterSubject(FxRobot robot, String documentNumber, String issuer, String familyName, String givenNames,
                             String dateOfBirth) throws Exception {
        waitFor(5, () -> shows(robot, "#documentNumber"));
        type(robot, "#documentNumber", documentNumber);
        type(robot, "#issuer", issuer);
        type(robot, "#familyName", familyName);
        type(robot, "#givenNames", givenNames);
        type(robot, "#dateOfBirth", dateOfBirth);
        robot.interact(() -> robot.lookup("#checkedInPerson").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#consentAccepted"));
    }

    /** Ticks the consent on screen (Next then opens the face step). */
    static void acceptConsent(FxRobot robot) {
        robot.interact(() -> robot.lookup("#consentAccepted").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
    }

    /**
     * From the home screen to the step after the face: a new enrollment, the subject, the consent, the face
     * captured automatically from the camera and confirmed.
     */
    static void throughFace(FxRobot robot, String documentNumber, String issuer, String familyName, String givenNames,
                            String dateOfBirth) throws Exception {
        robot.clickOn("#startEnrollment");
        enterSubject(robot, documentNumber, issuer, familyName, givenNames, dateOfBirth);
        acceptConsent(robot);
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#captureFace"));
        confirmPassingFace(robot);
        robot.clickOn("#nextButton");
    }

    /** Waits for a passing face capture and confirms what software cannot verify, as the operator would. */
    static void confirmPassingFace(FxRobot robot) throws Exception {
        waitFor(60, () -> robot.lookup("#captureFace").query().isDisabled() && !robot.lookup("#retakeFace").query().isDisabled());
        if (shows(robot, "#confirmFace")) {
            robot.clickOn("#confirmFace");
        }
        waitFor(5, () -> !shows(robot, "#confirmFace"));
    }

    @Override
    public void close() {
        if (opened != null) {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(opened::close));
        }
    }
}
