package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** Controller of {@code ConsentStep.fxml}: the consent text and the subject's acceptance; binds {@link ConsentStepViewModel}. */
final class ConsentStepView {
    private final ConsentStepViewModel model;
    private final Parent root;
    @FXML
    private Label version;
    @FXML
    private TextArea text;
    @FXML
    private CheckBox accepted;
    @FXML
    private Label error;

    ConsentStepView(ConsentStepViewModel model, Messages m) {
        this.model = model;
        this.root = Fxml.load(this, "ConsentStep.fxml", m);
    }

    @FXML
    private void initialize() {
        version.setText(model.version());
        text.setText(model.text());
        accepted.selectedProperty().bindBidirectional(model.acceptedProperty());
        error.textProperty().bind(model.errorProperty());
    }

    Parent root() {
        return root;
    }
}
