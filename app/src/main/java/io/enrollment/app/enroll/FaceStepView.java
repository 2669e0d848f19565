package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;

/**
 * The face step: the captured image under a head-position guide (an oval where the head belongs), the rule
 * indicators, one guidance line, capture and retake. Binds {@link FaceStepViewModel}.
 */
final class FaceStepView {
    private static final double SIDE = 340;
    private final VBox root = new VBox(12);

    FaceStepView(FaceStepViewModel model, Messages m) {
        ImageView image = new ImageView();
        image.setId("faceImage");
        image.setFitWidth(SIDE);
        image.setFitHeight(SIDE);
        image.setPreserveRatio(true);
        image.imageProperty().bind(Bindings.createObjectBinding(() -> Views.image(model.imageProperty().get()), model.imageProperty()));
        Ellipse guide = new Ellipse(SIDE * 0.2, SIDE * 0.28);
        guide.getStyleClass().add("head-guide");
        guide.setMouseTransparent(true);
        Label empty = new Label(m.get("face.noImage"));
        empty.visibleProperty().bind(model.imageProperty().isNull());
        StackPane frame = new StackPane(empty, image, guide);
        frame.getStyleClass().add("capture-frame");
        frame.setMinSize(SIDE, SIDE);
        frame.setMaxSize(SIDE, SIDE);
        javafx.scene.control.ScrollPane list = Views.checkList("faceChecks", model.rows());
        list.setPrefViewportHeight(SIDE - 30);
        VBox checks = new VBox(6, new Label(m.get("face.rules")), list);
        HBox.setHgrow(checks, Priority.ALWAYS);
        Button capture = Views.button("captureFace", m.get("face.capture"), model::capture);
        capture.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.PASSED)));
        Button retake = Views.button("retakeFace", m.get("capture.retake"), model::retake);
        retake.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.READY)));
        Label toConfirm = Views.bound("faceToConfirm", model.toConfirmProperty());
        Button confirm = Views.button("confirmFace", m.get("face.confirmButton"), model::confirm);
        HBox confirmRow = new HBox(12, confirm, toConfirm);
        confirmRow.visibleProperty().bind(model.toConfirmProperty().isNotEmpty().and(model.confirmedProperty().not()));
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());
        HBox buttons = new HBox(12, capture, retake, Views.bound("faceAttempt", model.attemptProperty()));
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(Views.heading(m.get("face.heading")),
                Views.bound("faceGuidance", model.guidanceProperty(), "guidance"), buttons, confirmRow,
                new HBox(20, frame, checks));
    }

    Parent root() {
        return root;
    }
}
