package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The summary, the PIN and "sign and queue"; rebuilt each time the step is shown. Binds {@link ReviewStepViewModel}. */
final class ReviewStepView {
    private final VBox root = new VBox(12);

    ReviewStepView(ReviewStepViewModel model, Enrollment enrollment, Messages m) {
        VBox lines = new VBox(4);
        lines.setId("reviewSummary");
        for (String line : model.summary()) {
            Label l = new Label(line);
            l.setWrapText(true);
            lines.getChildren().add(l);
        }
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        ImageView thumb = new ImageView(Views.image(enrollment.face().map(f -> f.image()).orElse(null)));
        thumb.setId("reviewFace");
        thumb.setFitWidth(150);
        thumb.setFitHeight(150);
        thumb.setPreserveRatio(true);
        PasswordField pin = new PasswordField();
        pin.setId("signPin");
        pin.setPromptText(m.get("login.pin.prompt"));
        pin.setMaxWidth(220);
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.disableProperty().bind(model.busyProperty());
        Button sign = Views.button("signButton", m.get("review.sign"), model::sign);
        sign.disableProperty().bind(model.busyProperty());
        Label pinLabel = new Label(m.get("review.pin"));
        pinLabel.setLabelFor(pin);
        root.getChildren().addAll(Views.heading(m.get("review.heading")), new HBox(20, thumb, scroll),
                new HBox(12, pinLabel, pin, sign), Views.bound("reviewMessage", model.messageProperty(), "message-error"));
    }

    Parent root() {
        return root;
    }
}
