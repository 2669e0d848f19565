package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The consent text and the subject's acceptance; binds {@link ConsentStepViewModel}. */
final class ConsentStepView {
    private final VBox root = new VBox(12);

    ConsentStepView(ConsentStepViewModel model, Messages m) {
        TextArea text = new TextArea(model.text());
        text.setId("consentText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        CheckBox accepted = new CheckBox(m.get("consent.accept"));
        accepted.setId("consentAccepted");
        accepted.setWrapText(true);
        accepted.selectedProperty().bindBidirectional(model.acceptedProperty());
        root.getChildren().addAll(Views.heading(m.get("consent.heading")), new Label(model.version()), text, accepted,
                Views.bound("consentError", model.errorProperty(), "message-error"));
    }

    Parent root() {
        return root;
    }
}
