package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.Verdict;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;
import javafx.stage.Window;

/**
 * Controller of {@code FaceStep.fxml}: the live camera picture under a head-position guide (an oval where the
 * head belongs, green while every rule holds), the rule indicators, one guidance line, the run towards the
 * automatic capture, and the captured image for confirmation. Binds {@link FaceStepViewModel}; the camera runs
 * only while this view is in a showing window.
 */
final class FaceStepView {
    private final FaceStepViewModel model;
    private final Messages m;
    private final VBox root;
    private WritableImage liveImage;
    @FXML
    private Label guidance;
    @FXML
    private Label camera;
    @FXML
    private Button capture;
    @FXML
    private Button retake;
    @FXML
    private Label attempt;
    @FXML
    private HBox confirmRow;
    @FXML
    private Button confirmButton;
    @FXML
    private Label toConfirm;
    @FXML
    private Label empty;
    @FXML
    private ImageView live;
    @FXML
    private ImageView still;
    @FXML
    private Ellipse guide;
    @FXML
    private ProgressBar steadiness;
    @FXML
    private Label stats;
    @FXML
    private VBox checks;

    FaceStepView(FaceStepViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        this.root = Fxml.load(this, "FaceStep.fxml", m);
        ObservableValue<Boolean> showing = root.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, is) -> model.shown(is));
        model.shown(showing.getValue());
    }

    @FXML
    private void initialize() {
        guidance.textProperty().bind(model.guidanceProperty());
        camera.textProperty().bind(model.cameraProblemProperty());
        camera.visibleProperty().bind(model.cameraProblemProperty().isNotEmpty());
        camera.managedProperty().bind(camera.visibleProperty());
        capture.disableProperty().bind(model.canCaptureProperty().not());
        retake.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.READY)));
        attempt.textProperty().bind(model.attemptProperty());
        toConfirm.textProperty().bind(model.toConfirmProperty());
        confirmRow.visibleProperty().bind(model.toConfirmProperty().isNotEmpty().and(model.confirmedProperty().not()));
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());

        empty.textProperty().bind(Bindings.when(model.cameraProblemProperty().isEmpty())
                .then(m.get("face.noImage")).otherwise(m.get("face.noPicture")));
        empty.visibleProperty().bind(model.imageProperty().isNull().and(model.previewProperty().isNull()));
        model.previewProperty().addListener((o, a, frame) -> paint(frame));
        live.visibleProperty().bind(model.imageProperty().isNull().and(model.previewProperty().isNotNull()));
        still.imageProperty().bind(Bindings.createObjectBinding(() -> Views.image(model.imageProperty().get()), model.imageProperty()));
        guide.visibleProperty().bind(model.imageProperty().isNull());
        model.frameVerdictProperty().addListener((o, a, v) -> {
            guide.getStyleClass().removeAll("guide-pass", "guide-fail");
            if (v != null) {
                guide.getStyleClass().add(v == Verdict.FAIL ? "guide-fail" : "guide-pass");
            }
        });
        steadiness.progressProperty().bind(model.steadinessProperty());
        steadiness.visibleProperty().bind(model.stateProperty().isEqualTo(CaptureState.READY));
        stats.textProperty().bind(model.previewStatsProperty());
        stats.visibleProperty().bind(live.visibleProperty());
        new FaceRuleIndicators(checks, model.rows());
        // no first field: the picture is taken by itself and the wizard starts this step at Next; the keys below
        // (shown in the labels) take it by hand, retake it, or confirm it wherever the focus is
        Views.shortcut(capture, new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN));
        Views.shortcut(retake, new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN));
        Views.shortcut(confirmButton, new KeyCodeCombination(KeyCode.I, KeyCombination.ALT_DOWN));
    }

    @FXML
    private void capture() {
        model.capture();
    }

    @FXML
    private void retake() {
        model.retake();
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    /** Copies the preview's pixels into the picture on screen (one image reused while the size stays). */
    private void paint(PreviewFrame frame) {
        if (frame == null) {
            return;
        }
        if (liveImage == null || liveImage.getWidth() != frame.width() || liveImage.getHeight() != frame.height()) {
            liveImage = new WritableImage(frame.width(), frame.height());
            live.setImage(liveImage);
        }
        liveImage.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getByteRgbInstance(),
                frame.pixels(), frame.width() * 3);
    }

    Parent root() {
        return root;
    }
}
