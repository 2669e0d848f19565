package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.face;
import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.enroll.CheckRow;
import io.enrollment.core.quality.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live face step on real pictures through the real quality control (R-FACE-14): the demo video (made from
 * the shared portraits at build time) guides the person from failing scenes to the automatic capture, the
 * indicators carry measured values against the profile's thresholds, retake goes live again; and a camera that
 * disappears mid-preview is reported on screen and the preview carries on when it comes back.
 */
class FaceStepLiveTest extends WorkstationGuiTest {
    /** Each test opens a workstation with the camera it needs. */
    @Override
    Optional<DemoWorkstation> workstation(Path dir) {
        return Optional.empty();
    }

    /** A demo workstation whose camera shows {@code frames} in turn, or plays the demo video when there are none. */
    private void open(List<Path> frames) throws Exception {
        open(new DemoWorkstation(newFolder(), "ru", frames));
    }

    /** Signs in, enters a subject, records consent: the face step is on screen. */
    static void toFaceStep(DemoWorkstation ws, FxRobot robot) throws Exception {
        toConsent(ws, robot);
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#captureFace"));
    }

    /** Signs in, enters a subject, records consent: Next opens the face step. */
    private static void toConsent(DemoWorkstation ws, FxRobot robot) throws Exception {
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        robot.clickOn("#startEnrollment");
        DemoWorkstation.enterSubject(robot, "4509 123456", "GU MVD Rossii po g. Moskve", "Petrov", "Ivan", "1979-11-02");
        DemoWorkstation.acceptConsent(robot);
    }

    /** What the face step showed: guidance lines and indicator texts, each in the order first shown. */
    private record Shown(Set<String> guidance, Set<String> indicators) {
    }

    /**
     * Opens the face step and starts recording what it shows at the first frame it is on screen — before its
     * checks (which load their models first) can have judged anything.
     */
    private static Shown enterFaceStep(FxRobot robot) throws Exception {
        Shown shown = new Shown(Collections.synchronizedSet(new LinkedHashSet<>()), Collections.synchronizedSet(new LinkedHashSet<>()));
        java.util.concurrent.CompletableFuture<Void> recording = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) { // every pulse, on the UI thread, until the face step is there
                if (robot.lookup("#faceGuidance").tryQuery().isPresent()) {
                    stop();
                    recordGuidance(robot, shown.guidance());
                    recordIndicators(robot, shown.indicators());
                    recording.complete(null);
                }
            }
        }.start());
        robot.clickOn("#nextButton");
        recording.get(30, java.util.concurrent.TimeUnit.SECONDS);
        waitFor(5, () -> shows(robot, "#captureFace"));
        return shown;
    }

    /** Adds every guidance line shown from now on to {@code seen} (on the UI thread). */
    private static void recordGuidance(FxRobot robot, Set<String> seen) {
        Label l = robot.lookup("#faceGuidance").queryAs(Label.class);
        seen.add(l.getText());
        l.textProperty().addListener((o, was, is) -> seen.add(is));
    }

    /** Adds every indicator text shown from now on to {@code seen} (each row's accessible text: rule, verdict, measured value, threshold). */
    private static void recordIndicators(FxRobot robot, Set<String> seen) {
        VBox box = robot.lookup("#faceChecks").queryAs(VBox.class);
        java.util.function.Consumer<Node> watch = n -> {
            seen.add(n.getAccessibleText());
            n.accessibleTextProperty().addListener((o, was, is) -> seen.add(is));
        };
        box.getChildren().forEach(watch);
        box.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(watch);
            }
        });
    }

    /** The indicators as shown: rule, verdict and (from the accessible text) the measured value against the threshold. */
    private static List<String> indicators(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : robot.lookup("#faceChecks").queryAs(VBox.class).getChildren()) {
                CheckRow r = (CheckRow) n.getUserData();
                out.add(r.ruleId() + " " + r.verdict() + " | " + n.getAccessibleText());
            }
            return out;
        }).get();
    }

    @Test
    void demoVideoGuidesFromFailingScenesToTheAutomaticCaptureAndRetakeGoesLiveAgain(FxRobot robot) throws Exception {
        open(List.of()); // the demo camera plays the demo video
        toConsent(ws, robot);
        Shown shown = enterFaceStep(robot);
        Set<String> guidance = shown.guidance();
        Set<String> shownIndicators = shown.indicators();
        waitFor(90, () -> text(robot, "#faceGuidance").startsWith("Captured automatically"));
        List<String> failing;
        synchronized (shownIndicators) {
            failing = shownIndicators.stream().filter(r -> r.contains(" — FAILED. ")).toList();
        }
        Set<String> failingRules = failing.stream().map(r -> r.substring(0, r.indexOf(' '))).collect(Collectors.toSet());
        Set<String> singleFace = failing.stream().filter(r -> r.startsWith("R-FACE-8 ")).collect(Collectors.toSet());
        List<String> order;
        synchronized (guidance) {
            order = new ArrayList<>(guidance);
        }
        // the scenes of the video, each with its own message, before the capture
        for (String expected : List.of("Look at the camera", "Turn your head slightly to your left",
                "Only one person in the frame, please",
                "Uncover your face: move hair, hands or objects away from eyes and mouth")) {
            assertTrue(order.contains(expected), expected + " not among " + order);
        }
        assertTrue(order.stream().anyMatch(g -> g.startsWith("Hold still, capturing…")), order.toString());
        assertTrue(order.indexOf("Only one person in the frame, please") < order.size() - 1
                && order.get(order.size() - 1).startsWith("Captured automatically"), order.toString());
        assertTrue(failingRules.containsAll(List.of("R-FACE-2", "R-FACE-7", "R-FACE-8")), failingRules.toString());
        // nobody, then two people: the indicator gives the count measured against the profile's one face
        assertTrue(singleFace.contains("R-FACE-8  one face only — FAILED. measured 0 count; required = 1"), singleFace.toString());
        assertTrue(singleFace.contains("R-FACE-8  one face only — FAILED. measured 2 count; required = 1"), singleFace.toString());

        // the captured portrait is shown for confirmation with the stored checks, each with its measured value
        assertTrue(shows(robot, "#faceImage") && !shows(robot, "#facePreview") && !shows(robot, "#faceGuide"));
        List<String> stored = indicators(robot);
        assertTrue(stored.stream().allMatch(r -> r.contains(" PASS | ") && r.contains("measured") && r.contains("required")), stored.toString());
        assertTrue(stored.stream().anyMatch(r -> r.startsWith("R-FACE-11 ")), "as stored, the no-editing rule is judged: " + stored);
        String tip = WaitForAsyncUtils.asyncFx(() -> {
            Node yaw = robot.lookup("#faceChecks").queryAs(VBox.class).getChildren().stream()
                    .filter(n -> ((CheckRow) n.getUserData()).ruleId().equals("R-FACE-2")).findFirst().orElseThrow();
            return ((javafx.scene.control.Tooltip) yaw.getProperties().get(javafx.scene.control.Tooltip.class)).getText();
        }).get();
        assertTrue(tip.matches("measured [0-9.]+ deg; required ≤ 5"), "hovering the yaw indicator: " + tip);
        assertTrue(robot.lookup("#captureFace").query().isDisabled());
        String stats = text(robot, "#facePreviewStats");
        System.out.println("face step live preview: " + stats);
        assertTrue(stats.matches("Preview [0-9.]+ fps · checks [0-9.]+ fps, \\d+ ms per frame \\(p95 \\d+ ms\\)"), stats);

        // retake: live again, the guide is back, and the video goes round to a second automatic capture
        Set<String> afterRetake = Collections.synchronizedSet(new LinkedHashSet<>());
        WaitForAsyncUtils.asyncFx(() -> {
            recordGuidance(robot, afterRetake);
            robot.lookup("#retakeFace").queryAs(javafx.scene.control.Button.class).fire();
            return null;
        }).get();
        waitFor(90, () -> text(robot, "#faceGuidance").startsWith("Captured automatically"));
        List<String> again;
        synchronized (afterRetake) {
            again = new ArrayList<>(afterRetake);
        }
        assertTrue(again.contains("Ask the person to look straight into the camera, head inside the oval: the picture is taken by itself once every rule holds."),
                again.toString());
        assertTrue(again.stream().anyMatch(g -> g.startsWith("Hold still, capturing…")), "live checks again after retake: " + again);
        assertEquals(512, robot.lookup("#facePreview").queryAs(ImageView.class).getImage().getWidth(), "preview pictures at 512 px, as shown");
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#recordVoice"));
    }

    @Test
    void cameraThatDisappearsMidPreviewIsReportedAndThePreviewResumesWhenItReturns(FxRobot robot) throws Exception {
        // the image-folder camera: its pictures can be taken away and given back; first, a person looking away
        open(List.of(face("neutral_left_3quarter", "005_02.jpg"), face("neutral_left_3quarter", "006_02.jpg"),
                face("neutral_left_3quarter", "007_02.jpg")));
        toFaceStep(ws, robot);
        waitFor(60, () -> text(robot, "#faceGuidance").startsWith("Turn your head slightly"));
        assertTrue(indicators(robot).stream().anyMatch(r -> r.startsWith("R-FACE-2 FAIL | ") && r.contains("measured")),
                indicators(robot).toString());
        assertFalse(shows(robot, "#faceCamera"));

        // unplugged: the camera's pictures are gone
        Path away = Files.createDirectories(ws.home.resolve("unplugged"));
        List<Path> pictures;
        try (var s = Files.list(ws.cameraImages)) {
            pictures = s.filter(p -> p.getFileName().toString().endsWith(".jpg")).toList();
        }
        for (Path p : pictures) {
            Files.move(p, away.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        waitFor(20, () -> shows(robot, "#faceCamera"));
        assertTrue(text(robot, "#faceCamera").startsWith("The camera delivers no picture ("), text(robot, "#faceCamera"));
        assertEquals("Wait: the camera is being reconnected.", text(robot, "#faceGuidance"));
        assertTrue(shows(robot, "#faceNoPicture") && !shows(robot, "#facePreview"));
        assertEquals("No picture from the camera", text(robot, "#faceNoPicture"));

        // plugged back: the picture and the checks come back by themselves
        for (Path p : pictures) {
            Files.move(away.resolve(p.getFileName()), p, StandardCopyOption.ATOMIC_MOVE);
        }
        waitFor(20, () -> !shows(robot, "#faceCamera"));
        waitFor(30, () -> text(robot, "#faceGuidance").startsWith("Turn your head slightly") && shows(robot, "#facePreview"));
        // and the person, now facing the camera, is captured automatically
        ws.showCamera(List.of(face("neutral_front", "013_03.jpg"), face("neutral_front", "013_03.jpg"),
                face("neutral_front", "013_03.jpg")));
        waitFor(60, () -> text(robot, "#faceGuidance").startsWith("Captured automatically"));
        assertTrue(indicators(robot).stream().allMatch(r -> r.contains(" " + Verdict.PASS + " | ")), indicators(robot).toString());
        assertTrue(indicators(robot).stream().map(r -> r.substring(0, r.indexOf(' '))).collect(Collectors.toSet())
                .containsAll(Set.of("R-FACE-2", "R-FACE-5", "R-FACE-8")));
    }
}
