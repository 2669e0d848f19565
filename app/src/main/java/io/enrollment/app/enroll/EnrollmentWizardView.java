package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import io.enrollment.app.fx.Views;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code EnrollmentWizard.fxml}: hosts the steps of {@link EnrollmentWizardViewModel} with Back, Next
 * and Cancel. A step's view is built when first shown and kept (the review and the receipt are built anew each time).
 */
public final class EnrollmentWizardView implements Screen {
    private final EnrollmentWizardViewModel model;
    private final Messages m;
    private final Map<WizardStep, Parent> built = new EnumMap<>(WizardStep.class);
    @FXML
    private BorderPane frame;
    @FXML
    private StackPane step;
    @FXML
    private Label progress;
    @FXML
    private Label blocked;
    @FXML
    private Button cancel;
    @FXML
    private Button back;
    @FXML
    private Button next;
    @FXML
    private Button done;

    public EnrollmentWizardView(EnrollmentWizardViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        Fxml.load(this, "EnrollmentWizard.fxml", m);
    }

    @FXML
    private void initialize() {
        progress.textProperty().bind(model.progressProperty());
        blocked.textProperty().bind(model.blockedProperty());
        model.stepProperty().addListener((o, a, s) -> show(s));
        show(model.stepProperty().get());
        // keys shown in the buttons' labels in both languages; they work wherever the focus is
        Views.shortcut(next, new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN));
        Views.shortcut(back, new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN));
        // the receipt has one thing to do: Enter closes it
        done.defaultButtonProperty().bind(done.visibleProperty());
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void finish() {
        model.finish();
    }

    private void show(WizardStep s) {
        boolean receipt = s == WizardStep.RECEIPT;
        back.setVisible(s != WizardStep.SUBJECT && !receipt);
        next.setVisible(s != WizardStep.REVIEW && !receipt);
        cancel.setVisible(!receipt);
        done.setVisible(receipt);
        done.setManaged(receipt);
        Parent view = s == WizardStep.REVIEW || receipt ? build(s) : built.computeIfAbsent(s, this::build);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        step.getChildren().setAll(scroll);
        focusStart(view);
    }

    /** A new step starts at its first field; a step that has none (the face, captured by itself) at Next; the receipt at Done. */
    private void focusStart(Parent view) {
        if (frame.getScene() == null) {
            return; // not shown yet: attach() does it
        }
        frame.applyCss(); // the scroll pane's skin puts the step into the scene
        if (!Views.focusFirstField(view) && !Views.focusIfAble(next)) {
            Views.focusIfAble(done);
        }
    }

    @Override
    public void attach() {
        // the first step was built before the frame was in the window
        Node center = ((ScrollPane) step.getChildren().get(0)).getContent();
        focusStart((Parent) center);
    }

    private Parent build(WizardStep s) {
        switch (s) {
            case SUBJECT:
                return new SubjectStepView(model.subject(), m).root();
            case CONSENT:
                return new ConsentStepView(model.consent(), m).root();
            case FACE:
                return new FaceStepView(model.face(), m).root();
            case VOICE:
                return new VoiceStepView(model.voice().orElseThrow(), m).root();
            case FINGERS:
                return new FingerStepView(model.fingers().orElseThrow(), m).root();
            case REVIEW:
                return new ReviewStepView(model.review(), model.enrollment(), m).root();
            default:
                return new ReceiptView(model.receiptProperty().get(), m).root();
        }
    }

    @Override
    public Parent root() {
        return frame;
    }
}
