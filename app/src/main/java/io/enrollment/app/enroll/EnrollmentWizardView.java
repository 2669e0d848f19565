package io.enrollment.app.enroll;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Hosts the steps of {@link EnrollmentWizardViewModel} with Back, Next and Cancel. */
public final class EnrollmentWizardView implements Screen {
    private final EnrollmentWizardViewModel model;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final Map<WizardStep, Parent> built = new EnumMap<>(WizardStep.class);

    public EnrollmentWizardView(EnrollmentWizardViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        root.getStyleClass().addAll("screen", "wizard");
        Label progress = Views.bound("wizardProgress", model.progressProperty(), "wizard-progress");
        root.setTop(progress);
        Button back = Views.button("backButton", m.get("wizard.back"), model::back);
        Button next = Views.button("nextButton", m.get("wizard.next"), model::next);
        next.setDefaultButton(false);
        Button cancel = Views.button("cancelButton", m.get("wizard.cancel"), model::cancel);
        cancel.getStyleClass().add("danger");
        Button done = Views.button("doneButton", m.get("wizard.done"), model::finish);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label blocked = Views.bound("wizardBlocked", model.blockedProperty(), "message-error");
        HBox nav = new HBox(12, cancel, blocked, gap, back, next, done);
        nav.getStyleClass().add("wizard-nav");
        root.setBottom(nav);
        model.stepProperty().addListener((o, a, s) -> show(s, back, next, cancel, done));
        show(model.stepProperty().get(), back, next, cancel, done);
    }

    private void show(WizardStep s, Button back, Button next, Button cancel, Button done) {
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
        root.setCenter(scroll);
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
        return root;
    }
}
