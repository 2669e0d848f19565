package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.face;
import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.type;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;

import io.enrollment.app.demo.DemoEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: renders every screen of a demo enrollment and saves it as PNG for docs/screenshots. Runs only
 * with {@code -Dscreenshots.dir=DIR} and {@code -Dscreenshots.profile=ru|kg}.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ScreenshotTour extends WorkstationGuiTest {
    private final String profile = System.getProperty("screenshots.profile", "ru");
    private final Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, profile, List.of(face("neutral_left_3quarter", "005_02.jpg"),
                face("neutral_left_3quarter", "006_02.jpg"), face("neutral_left_3quarter", "007_02.jpg"))));
    }

    @Override
    Locale locale() {
        return "ru".equals(profile) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = ws.opened.scene().snapshot(null));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.resolve(profile + "-" + name + ".png").toFile());
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        type(robot, "#pinField", "1");
        robot.clickOn("#loginButton");
        waitFor(10, () -> text(robot, "#loginMessage").startsWith("Wrong") || text(robot, "#loginMessage").startsWith("Неверный"));
        shot(robot, "01-login-wrong-pin");
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        shot(robot, "02-home");
        robot.clickOn("#startEnrollment");
        waitFor(5, () -> shows(robot, "#documentNumber"));
        type(robot, "#documentNumber", "4509 123456");
        type(robot, "#issuer", "GU MVD Rossii po g. Moskve");
        type(robot, "#familyName", "Ivanova");
        type(robot, "#givenNames", "Maria");
        type(robot, "#dateOfBirth", "1985-04-23");
        robot.clickOn("#nextButton");
        shot(robot, "03-subject-validation");
        robot.interact(() -> robot.lookup("#checkedInPerson").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#consentAccepted"));
        robot.interact(() -> robot.lookup("#consentAccepted").queryAs(CheckBox.class).setSelected(true));
        shot(robot, "04-consent");
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#captureFace"));
        // live: the person looks away; the guide is red and the guidance says what to do
        waitFor(60, () -> robot.lookup("#faceGuide").query().getStyleClass().contains("guide-fail")
                && !text(robot, "#facePreviewStats").isEmpty());
        Thread.sleep(3000); // the preview's figures over a few seconds rather than its first
        shot(robot, "05-face-live");
        for (int i = 0; i < 3; i++) {
            waitFor(10, () -> !robot.lookup("#captureFace").query().isDisabled());
            robot.clickOn("#captureFace");
            waitFor(60, () -> !robot.lookup("#retakeFace").query().isDisabled());
            if (i == 0) {
                shot(robot, "05-face-failed");
            }
        }
        shot(robot, "05b-face-rejected");
        // the person faces the camera: after Retake the picture is taken by itself
        ws.showCamera(List.of(face("neutral_front", "010_03.jpg"), face("neutral_front", "010_03.jpg"),
                face("neutral_front", "010_03.jpg")));
        robot.clickOn("#retakeFace");
        waitFor(60, () -> robot.lookup("#retakeFace").query().isDisabled() == false && robot.lookup("#captureFace").query().isDisabled());
        shot(robot, "06-face-confirm");
        DemoWorkstation.confirmPassingFace(robot);
        robot.clickOn("#nextButton");
        if ("ru".equals(profile)) {
            waitFor(5, () -> shows(robot, "#recordVoice"));
            shot(robot, "07-voice-prompt");
            robot.clickOn("#recordVoice");
            waitFor(60, () -> !robot.lookup("#playVoice").query().isDisabled());
            robot.interact(() -> robot.lookup("#voiceListened").queryAs(CheckBox.class).setSelected(true));
            robot.interact(() -> robot.lookup("#voiceCalm").queryAs(CheckBox.class).setSelected(true));
            shot(robot, "08-voice-recorded");
            robot.clickOn("#acceptVoice");
        } else {
            waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled());
            shot(robot, "07-fingers-start");
            for (int i = 0; i < 2; i++) {
                robot.clickOn("#captureFinger");
                waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled());
            }
            shot(robot, "08-fingers-progress");
            for (int i = 0; i < 8 && !robot.lookup("#captureFinger").query().isDisabled(); i++) {
                robot.clickOn("#captureFinger");
                waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled() || text(robot, "#fingerMessage").contains("Все пальцы"));
            }
        }
        robot.clickOn("#nextButton");
        waitFor(5, () -> shows(robot, "#signButton"));
        shot(robot, "09-review");
        type(robot, "#signPin", DemoEnvironment.DEMO_PIN);
        robot.clickOn("#signButton");
        waitFor(20, () -> shows(robot, "#receiptPackageId"));
        shot(robot, "10-receipt");
        robot.clickOn("#doneButton");
        waitFor(5, () -> shows(robot, "#openQueue"));
        robot.clickOn("#openQueue");
        waitFor(10, () -> !text(robot, "#queueSummary").isEmpty());
        shot(robot, "11-queue");
        robot.clickOn("#queueBack");
        robot.clickOn("#openSettings");
        waitFor(5, () -> shows(robot, "#testCamera"));
        robot.clickOn("#testCamera");
        waitFor(20, () -> !text(robot, "#deviceTestResult").isEmpty());
        shot(robot, "12-settings");
        robot.clickOn("#settingsBack");
        robot.clickOn("#demoRemoveCard");
        waitFor(5, () -> shows(robot, "#pinField"));
        shot(robot, "13-card-removed");
        robot.clickOn("#demoInsertSupervisor");
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#openReview"));
        robot.clickOn("#openReview");
        waitFor(10, () -> !robot.lookup("#rejectedTable").queryTableView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#rejectedTable").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#openRejected");
        waitFor(10, () -> robot.lookup("#reviewSample").queryAs(javafx.scene.image.ImageView.class).getImage() != null
                || !text(robot, "#openedReport").isEmpty());
        shot(robot, "14-supervisor-review");
        robot.clickOn("#reviewBack");
        robot.clickOn("#largeTypeButton");
        robot.clickOn("#languageButton");
        waitFor(5, () -> shows(robot, "#startEnrollment"));
        shot(robot, "15-home-other-language-large-type");
    }
}
