package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
        // the text is read in place; the keyboard starts where the answer is given
        Views.markFirstField(root, accepted);
    }

    @FXML
    private void initialize() {
        version.setText(model.version());
        text.setText(model.text());
        // a read-only text area would keep Tab (it inserts a tab, or nothing): Tab leaves it, as Ctrl+Tab does
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                text.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        accepted.selectedProperty().bindBidirectional(model.acceptedProperty());
        error.textProperty().bind(model.errorProperty());
    }

    Parent root() {
        return root;
    }
}
