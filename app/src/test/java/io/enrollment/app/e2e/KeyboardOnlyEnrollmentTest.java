package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.face;
import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole {@code ru} enrollment in demo mode with the keyboard alone (issue 8: keyboard operation throughout,
 * visible focus, large type): after the window opens the test only presses keys — no click, no check box set
 * from code. At every step the control that should have the focus has it, and it shows the focus style of
 * {@code workstation.css} (the {@code :focused} state and the orange 2 px border it gives).
 */
class KeyboardOnlyEnrollmentTest extends WorkstationGuiTest {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");
    private static final Color FOCUS_BORDER = Color.web("#ff9800");

    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        // the person faces the camera from the start: the face step captures by itself
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(face("neutral_front", "004_03.jpg"),
                face("neutral_front", "004_03.jpg"), face("neutral_front", "004_03.jpg"))));
    }

    private Scene scene() {
        return ws.opened.scene();
    }

    private Node focusOwner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> scene().getFocusOwner()).get();
    }

    private static String describe(Node n) {
        return n == null ? "nothing" : (n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId());
    }

    /** Whether the node is drawn focused: the :focused state, and the CSS rule's orange border applied to it. */
    private static boolean showsFocus(Node n) {
        if (!n.getPseudoClassStates().contains(FOCUSED) || !(n instanceof Region r) || r.getBorder() == null) {
            return false;
        }
        for (BorderStroke s : r.getBorder().getStrokes()) {
            if (FOCUS_BORDER.equals(s.getTopStroke()) && s.getWidths().getTop() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Waits until the node {@code id} has the keyboard focus and shows it (the CSS pass runs on the next pulse). */
    private void assertFocus(String id) throws Exception {
        try {
            waitFor(10, () -> {
                Node n = scene().getFocusOwner();
                return n != null && id.equals(n.getId()) && showsFocus(n);
            });
        } catch (TimeoutException e) {
            Node n = focusOwner();
            throw new AssertionError("focus on #" + id + " expected, it is on " + describe(n)
                    + (n == null ? "" : " (focused state " + n.getPseudoClassStates() + ", shows focus " + showsFocus(n) + ")"), e);
        }
    }

    private void tab(FxRobot robot, String expected) throws Exception {
        robot.type(KeyCode.TAB);
        assertFocus(expected);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.push(KeyCode.ALT, key);
    }

    /** Presses Tab (or Shift+Tab) until {@code id} has the focus; fails after {@code most} presses. */
    private int tabTo(FxRobot robot, String id, boolean backwards, int most) throws Exception {
        for (int i = 1; i <= most; i++) {
            if (backwards) {
                robot.push(KeyCode.SHIFT, KeyCode.TAB);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node n = focusOwner();
            if (n != null && id.equals(n.getId())) {
                assertFocus(id);
                return i;
            }
        }
        throw new AssertionError("#" + id + " not reached in " + most + (backwards ? " Shift+Tab" : " Tab") + ", focus on " + describe(focusOwner()));
    }

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckBox.class).isSelected();
    }

    @Test
    void wholeEnrollmentWithTheKeyboardAloneAndTheFocusAlwaysVisible(FxRobot robot) throws Exception {
        // a new demo runs its first self-check at start-up; enrollment is blocked until it has passed
        waitFor(180, () -> !ws.opened.duties().runs().active());
        waitFor(10, () -> shows(robot, "#pinField"));

        // Login: the PIN field has the focus; Enter signs in.
        assertFocus("pinField");
        robot.write(DemoEnvironment.DEMO_PIN);
        robot.type(KeyCode.ENTER);

        // Home: the focus is on New enrollment. Large type is reachable with Shift+Tab and Space turns it on.
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertFocus("startEnrollment");
        tabTo(robot, "largeTypeButton", true, 8);
        robot.type(KeyCode.SPACE);
        waitFor(5, () -> scene().getRoot().getStyleClass().contains("large-type"));
        waitFor(5, () -> robot.lookup("#startEnrollment").queryAs(Labeled.class).getFont().getSize() == 20);
        assertFocus("largeTypeButton");
        tabTo(robot, "startEnrollment", false, 8);
        robot.type(KeyCode.SPACE);

        // Subject: the first field has the focus; Tab follows the form from top to bottom; a refusal puts the
        // keyboard on the field it names.
        waitFor(10, () -> shows(robot, "#documentNumber"));
        assertFocus("documentType");
        alt(robot, KeyCode.N); // Next (Alt+N)
        waitFor(5, () -> text(robot, "#subjectError").equals("Document number is required."));
        assertFocus("documentNumber");
        robot.write("4509 123456");
        tab(robot, "issuer");
        robot.write("GU MVD Rossii po g. Moskve");
        tab(robot, "familyName");
        robot.write("Ivanova");
        tab(robot, "givenNames");
        robot.write("Maria");
        tab(robot, "patronymic");
        tab(robot, "dateOfBirth");
        robot.write("23.04.1985");
        tab(robot, "checkedInPerson");
        alt(robot, KeyCode.N);
        waitFor(5, () -> text(robot, "#subjectError").startsWith("Write the date of birth as YYYY-MM-DD"));
        assertFocus("dateOfBirth");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("1985-04-23");
        tab(robot, "checkedInPerson");
        assertEquals("4509 123456", text(robot, "#documentNumber"));
        assertEquals("1985-04-23", text(robot, "#dateOfBirth"));
        alt(robot, KeyCode.N); // refused without the in-person check
        waitFor(5, () -> text(robot, "#subjectError").equals("Confirm that you checked the document in person."));
        assertFocus("checkedInPerson");
        robot.type(KeyCode.SPACE);
        waitFor(5, () -> selected(robot, "#checkedInPerson"));
        assertFocus("checkedInPerson");
        alt(robot, KeyCode.N);

        // Consent: the focus is on the acceptance; the read-only text lets Tab through (no keyboard trap).
        waitFor(5, () -> shows(robot, "#consentAccepted"));
        assertFocus("consentAccepted");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertFocus("consentText");
        tab(robot, "consentAccepted");
        robot.type(KeyCode.SPACE);
        waitFor(5, () -> selected(robot, "#consentAccepted"));
        // after the step, Tab reaches the wizard's buttons in their visual order
        tab(robot, "cancelButton");
        tab(robot, "backButton");
        tab(robot, "nextButton");
        // Back (Alt+B) returns to the subject at its first field, with what was typed; Next comes back here
        alt(robot, KeyCode.B);
        waitFor(5, () -> shows(robot, "#documentNumber"));
        assertFocus("documentType");
        assertEquals("Ivanova", text(robot, "#familyName"));
        alt(robot, KeyCode.N);
        waitFor(5, () -> shows(robot, "#consentAccepted"));
        assertFocus("consentAccepted");
        assertTrue(selected(robot, "#consentAccepted"), "the consent given is kept");
        alt(robot, KeyCode.N);

        // Face: captured by itself; the step starts at Next, which keeps the picture.
        waitFor(10, () -> shows(robot, "#captureFace"));
        assertFocus("nextButton");
        waitFor(90, () -> text(robot, "#faceGuidance").startsWith("Captured automatically")
                || text(robot, "#faceGuidance").startsWith("Every measured rule passed"));
        assertTrue(text(robot, "#faceGuidance").startsWith("Captured automatically"), text(robot, "#faceGuidance"));
        assertEquals("Next (Alt+N)", text(robot, "#nextButton"));
        assertEquals("Capture now (Alt+C)", text(robot, "#captureFace"));
        // Retake (Alt+R) goes live again; the person still faces the camera and is captured again
        alt(robot, KeyCode.R);
        waitFor(10, () -> !text(robot, "#faceGuidance").startsWith("Captured automatically"));
        waitFor(90, () -> text(robot, "#faceGuidance").startsWith("Captured automatically")
                || text(robot, "#faceGuidance").startsWith("Every measured rule passed"));
        assertTrue(text(robot, "#faceGuidance").startsWith("Captured automatically"), text(robot, "#faceGuidance"));
        if (shows(robot, "#confirmFace")) {
            alt(robot, KeyCode.I); // I have checked the image (Alt+I)
            waitFor(5, () -> !shows(robot, "#confirmFace"));
        }
        assertFocus("nextButton");
        robot.type(KeyCode.SPACE);

        // Voice: Record has the focus; while it records Stop has it, then Play; the confirmations and Keep by Tab and Space.
        waitFor(10, () -> shows(robot, "#recordVoice"));
        assertFocus("recordVoice");
        robot.type(KeyCode.SPACE);
        waitFor(60, () -> !text(robot, "#voiceGuidance").startsWith("Recording")
                && !robot.lookup("#recordVoice").query().isDisabled());
        assertTrue(text(robot, "#voiceGuidance").startsWith("The recording passed"), text(robot, "#voiceGuidance"));
        assertFocus("playVoice");
        tabTo(robot, "voiceListened", false, 3);
        robot.type(KeyCode.SPACE);
        tab(robot, "voiceCalm");
        robot.type(KeyCode.SPACE);
        tab(robot, "acceptVoice");
        robot.type(KeyCode.SPACE);
        waitFor(5, () -> selected(robot, "#voiceListened") && selected(robot, "#voiceCalm")
                && robot.lookup("#acceptVoice").query().isDisabled());
        alt(robot, KeyCode.N);

        // Review: the PIN field has the focus; Enter signs.
        waitFor(10, () -> shows(robot, "#signButton"));
        assertFocus("signPin");
        robot.write(DemoEnvironment.DEMO_PIN);
        robot.type(KeyCode.ENTER);

        // Receipt: Done has the focus; Enter closes it.
        waitFor(30, () -> shows(robot, "#receiptPackageId"));
        String packageId = text(robot, "#receiptPackageId");
        assertTrue(ws.opened.workstation().queue().list(EnumSet.allOf(ItemState.class)).stream()
                .anyMatch(i -> i.kind() == ItemKind.PACKAGE && i.id().toString().equals(packageId)), "the signed package is queued");
        assertFocus("doneButton");
        robot.type(KeyCode.ENTER);

        // Home again, at New enrollment; F3 opens the queue with its list focused; Tab, Space: back.
        waitFor(10, () -> shows(robot, "#openQueue"));
        assertFocus("startEnrollment");
        robot.type(KeyCode.F3);
        waitFor(10, () -> shows(robot, "#queueTable"));
        assertFocus("queueTable");
        waitFor(10, () -> robot.lookup("#queueTable").queryTableView().getItems().size() >= 1);
        tab(robot, "queueBack");
        robot.type(KeyCode.SPACE);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertFocus("startEnrollment");
        // the other screens start at their first control too: the self-check (F4) and the settings (F7)
        robot.type(KeyCode.F4);
        waitFor(10, () -> shows(robot, "#selfCheckItems"));
        assertFocus("selfCheckBack");
        robot.type(KeyCode.F7);
        waitFor(10, () -> shows(robot, "#settingsBack"));
        // its first field: the first read-only value of the configuration (selectable, to copy)
        waitFor(10, () -> scene().getFocusOwner() instanceof javafx.scene.control.TextField f && !f.isEditable()
                && f.getParent() == robot.lookup("#settingsGrid").query()
                && showsFocus(f));
        tabTo(robot, "testCamera", false, 60);
        tabTo(robot, "settingsBack", false, 4);
        robot.type(KeyCode.SPACE);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertFocus("startEnrollment");
        assertTrue(scene().getRoot().getStyleClass().contains("large-type"), "large type stays on");
    }
}
