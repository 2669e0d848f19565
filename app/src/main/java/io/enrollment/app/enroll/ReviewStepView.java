package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code ReviewStep.fxml}: the summary, the PIN and "sign and queue"; rebuilt each time the step is
 * shown. Binds {@link ReviewStepViewModel}.
 */
final class ReviewStepView {
    private final ReviewStepViewModel model;
    private final Enrollment enrollment;
    private final Parent root;
    @FXML
    private ImageView thumb;
    @FXML
    private VBox summary;
    @FXML
    private Label pinLabel;
    @FXML
    private PasswordField pin;
    @FXML
    private Button sign;
    @FXML
    private Label message;

    ReviewStepView(ReviewStepViewModel model, Enrollment enrollment, Messages m) {
        this.model = model;
        this.enrollment = enrollment;
        this.root = Fxml.load(this, "ReviewStep.fxml", m);
        Views.markFirstField(root, pin);
    }

    @FXML
    private void initialize() {
        for (String line : model.summary()) {
            Label l = new Label(line);
            l.setWrapText(true);
            summary.getChildren().add(l);
        }
        thumb.setImage(Views.image(enrollment.face().map(f -> f.image()).orElse(null)));
        pinLabel.setLabelFor(pin);
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.disableProperty().bind(model.busyProperty());
        sign.disableProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        pin.setOnAction(e -> sign()); // Enter in the PIN field signs, as at login
    }

    @FXML
    private void sign() {
        model.sign();
    }

    Parent root() {
        return root;
    }
}
