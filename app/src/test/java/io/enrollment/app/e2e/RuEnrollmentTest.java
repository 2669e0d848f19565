package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.face;
import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.type;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.enroll.CheckRow;
import io.enrollment.app.review.RejectedCapture;
import io.enrollment.core.Modality;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The complete {@code ru} enrollment in demo mode, through the screens: subject validation, consent, the live
 * face step guiding a person who looks away, three captures by hand that fail (a turned head) and are recorded
 * as rejected, the retake in which the person faces the camera and is captured automatically (R-FACE-14),
 * the voice take with the operator's confirmations, a wrong PIN at signing, the receipt; then the supervisor
 * opens the rejected capture with their card, marks it reviewed, sees the charts and exports the CSV; and the
 * language switch.
 */
class RuEnrollmentTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        // In front of the camera first: three turned heads (R-FACE-2, yaw, fails); the test turns the person later.
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(face("neutral_left_3quarter", "001_02.jpg"),
                face("neutral_left_3quarter", "002_02.jpg"), face("neutral_left_3quarter", "003_02.jpg"))));
    }

    private static String rows(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> (CheckRow) n.getUserData()).map(r -> r.ruleId() + " " + r.verdict() + " " + r.measuredText())
                .collect(Collectors.joining("\n"));
    }

    private static void check(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(CheckBox.class).setSelected(true));
    }

    @Test
    void operatorEnrollsSupervisorReviewsLanguageSwitches(FxRobot robot) throws Exception {
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        robot.clickOn("#startEnrollment");
        waitFor(5, () -> shows(robot, "#documentNumber"));

        // Subject: validation names the field; nothing goes on without the in-person check.
        robot.clickOn("#nextButton");
        assertEquals("Document number is required.", text(robot, "#subjectError"));
        type(robot, "#documentNumber", "4509 123456");
        type(robot, "#issuer", "GU MVD Rossii po g. Moskve");
        type(robot, "#familyName", "Ivanova");
        type(robot, "#givenNames", "Maria");
        type(robot, "#dateOfBirth", "23.04.1985");
        robot.clickOn("#nextButton");
        assertTrue(text(robot, "#subjectError").startsWith("Write the date of birth as YYYY-MM-DD"));
        type(robot, "#dateOfBirth", "1985-04-23");
        robot.clickOn("#nextButton");
        assertEquals("Confirm that you checked the document in person.", text(robot, "#subjectError"));
        check(robot, "#checkedInPerson");
        robot.clickOn("#nextButton");

        // Consent: required before any capture.
        waitFor(5, () -> shows(robot, "#consentAccepted"));
        assertTrue(text(robot, "#consentText").contains("572-FZ"));
        robot.clickOn("#nextButton");
        assertEquals("No capture is possible without the person's consent.", text(robot, "#consentError"));
        check(robot, "#consentAccepted");
        robot.clickOn("#nextButton");

        // Face: the camera runs live. The person looks away (turned heads in front of the demo camera): the live
        // guidance asks them to turn, the yaw indicator is red with its measured value, nothing is captured.
        waitFor(5, () -> shows(robot, "#captureFace"));
        waitFor(60, () -> text(robot, "#faceGuidance").startsWith("Turn your head slightly"));
        assertTrue(rows(robot, "#faceChecks").contains("R-FACE-2 FAIL measured"), rows(robot, "#faceChecks"));
        assertTrue(shows(robot, "#facePreview"), "the live picture is on screen");
        // Three captures by hand fail and are recorded as a rejected capture.
        for (int attempt = 1; attempt <= 3; attempt++) {
            waitFor(10, () -> !robot.lookup("#captureFace").query().isDisabled());
            robot.clickOn("#captureFace");
            int a = attempt;
            waitFor(60, () -> a < 3 ? text(robot, "#faceAttempt").equals("Attempt " + (a + 1) + " of 3")
                    : text(robot, "#faceGuidance").startsWith("No attempt passed after 3 tries"));
            assertTrue(rows(robot, "#faceChecks").contains("R-FACE-2 FAIL"), rows(robot, "#faceChecks"));
        }
        robot.clickOn("#nextButton");
        assertEquals("Capture a face image that passes every rule first.", text(robot, "#wizardBlocked"));
        // The person now faces the camera: after Retake the picture is taken by itself.
        ws.showCamera(List.of(face("neutral_front", "004_03.jpg"), face("neutral_front", "004_03.jpg"),
                face("neutral_front", "004_03.jpg")));
        robot.clickOn("#retakeFace");
        waitFor(60, () -> text(robot, "#faceGuidance").startsWith("Captured automatically")
                || text(robot, "#faceGuidance").startsWith("Every measured rule passed"));
        assertTrue(text(robot, "#faceGuidance").startsWith("Captured automatically"), text(robot, "#faceGuidance") + "\n" + rows(robot, "#faceChecks"));
        assertTrue(shows(robot, "#faceImage") && !shows(robot, "#facePreview"), "the captured image is shown for confirmation");
        assertEquals("Captured automatically: every rule passed. Check the image; press Next to keep it, or Retake.",
                text(robot, "#faceGuidance"));
        robot.clickOn("#nextButton");

        // Voice: the prompt, the take, the operator's confirmations.
        waitFor(5, () -> shows(robot, "#recordVoice"));
        assertTrue(text(robot, "#promptDigits").matches("\\d( \\d){7,9}"), text(robot, "#promptDigits"));
        robot.clickOn("#recordVoice");
        waitFor(60, () -> !text(robot, "#voiceGuidance").startsWith("Recording"));
        assertTrue(text(robot, "#voiceGuidance").startsWith("The recording passed"), text(robot, "#voiceGuidance") + "\n" + rows(robot, "#voiceChecks"));
        robot.clickOn("#nextButton");
        assertTrue(text(robot, "#wizardBlocked").startsWith("Record a passing take"));
        check(robot, "#voiceListened");
        check(robot, "#voiceCalm");
        robot.clickOn("#acceptVoice");
        robot.clickOn("#nextButton");

        // Review: a wrong PIN signs nothing; the right one signs, seals and queues.
        waitFor(5, () -> shows(robot, "#signButton"));
        String summary = robot.lookup("#reviewSummary").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(summary.contains("Ivanova Maria"), summary);
        assertTrue(summary.contains("R-VOICE-10"), summary);
        // Encoded once by the workstation, the automatic capture's image passes R-FACE-11 without the operator.
        assertTrue(summary.matches("(?s).*face image \\(face\\.jpg\\): (\\d+) of \\1 rules passed; confirmed by you: —.*"), summary);
        assertTrue(summary.contains("method automatic, guided by the software, person present (IN_PERSON_GUIDED_AUTO)"), "the face was captured automatically (R-FACE-14): " + summary);
        assertTrue(summary.contains("Demo branch, Tverskaya"), summary);
        type(robot, "#signPin", "111111");
        robot.clickOn("#signButton");
        waitFor(10, () -> text(robot, "#reviewMessage").startsWith("Wrong PIN"));
        type(robot, "#signPin", DemoEnvironment.DEMO_PIN);
        robot.clickOn("#signButton");
        waitFor(20, () -> shows(robot, "#receiptPackageId"));
        String packageId = text(robot, "#receiptPackageId");
        List<QueueItem> queued = ws.opened.workstation().queue().list(EnumSet.allOf(ItemState.class));
        assertTrue(queued.stream().anyMatch(i -> i.kind() == ItemKind.PACKAGE && i.id().toString().equals(packageId)), queued.toString());
        assertEquals(1, queued.stream().filter(i -> i.kind() == ItemKind.QC_FAILURE).count(), "the rejected capture's event is queued");
        robot.clickOn("#doneButton");

        // The transmitter delivers both to the demo's central simulator, which verifies them and signs receipts.
        waitFor(5, () -> shows(robot, "#openQueue"));
        robot.clickOn("#openQueue");
        try {
            // the package, the rejected capture's event, and the start-up self-check's signed report
            waitFor(60, () -> text(robot, "#queueSummary").endsWith("delivered today: 3"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(text(robot, "#queueSummary") + " / " + text(robot, "#queueConnection") + " / "
                    + ws.opened.workstation().queue().list(EnumSet.allOf(ItemState.class)), e);
        }
        assertEquals("Central system: online", text(robot, "#queueConnection"));
        assertEquals("Central system: online", text(robot, "#centralStatus"));
        assertTrue(ws.opened.workstation().queue().receipt(java.util.UUID.fromString(packageId)).isPresent(), "signed receipt kept");
        robot.clickOn("#queueBack");

        // Supervisor: the operator's card out, the supervisor's in.
        robot.clickOn("#demoRemoveCard");
        waitFor(5, () -> shows(robot, "#pinField"));
        robot.clickOn("#demoInsertSupervisor");
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#openReview"));
        robot.clickOn("#openReview");
        waitFor(10, () -> !robot.lookup("#rejectedTable").queryTableView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#rejectedTable").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#openRejected");
        waitFor(10, () -> text(robot, "#reviewStatus").startsWith("Decrypted with your card"));
        assertTrue(text(robot, "#openedReport").contains("R-FACE-2 head turned (yaw)"), text(robot, "#openedReport"));
        assertTrue(robot.lookup("#reviewSample").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        type(robot, "#reviewNote", "Ask the person to face the camera squarely.");
        robot.clickOn("#markReviewed");
        waitFor(10, () -> text(robot, "#reviewStatus").startsWith("Marked reviewed"));
        List<RejectedCapture> rejected = ws.opened.workstation().vault().list();
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).reviewed());
        assertEquals(Modality.FACE, rejected.get(0).modality());
        assertFalse(ws.opened.workstation().vault().hasSample(rejected.get(0).id()), "reviewing purges the sample");
        Node chart = robot.lookup("#chartByRule").query();
        assertFalse(((javafx.scene.chart.BarChart<?, ?>) chart).getData().get(0).getData().isEmpty());
        ws.dialogs.saveTo = ws.home.resolve("stats.csv");
        robot.clickOn("#exportCsv");
        waitFor(10, () -> Files.exists(ws.home.resolve("stats.csv")));
        String csv = Files.readString(ws.home.resolve("stats.csv"));
        assertTrue(csv.startsWith("dimension,key,rejections\n") && csv.contains("rule,R-FACE-2,1"), csv);
        robot.clickOn("#reviewBack");

        // Language switch: every text in Russian, the session kept.
        robot.clickOn("#languageButton");
        waitFor(5, () -> shows(robot, "#startEnrollment"));
        assertEquals("Новая регистрация", text(robot, "#startEnrollment"));
        assertEquals("English", text(robot, "#languageButton"));
        assertTrue(text(robot, "#officerLabel").contains("(руководитель)"));

        // Every step above is in the audit trail, without the person's data, and the trail verifies (R-KG-2).
        waitFor(30, () -> ws.opened.workstation().records().audit().log().readAll().stream()
                .anyMatch(r -> r.entry().target().startsWith("package ") && r.entry().outcome().equals("delivered")));
        EnrollmentAuditCheck.assertWholeEnrollmentAudited(ws, List.of("4509 123456", "1985-04-23", "GU MVD", "face the camera"));
    }
}
