package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.Verdict;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;
import javafx.stage.Window;

/**
 * The face step: the live camera picture under a head-position guide (an oval where the head belongs, green
 * while every rule holds), the rule indicators, one guidance line, the run towards the automatic capture, and
 * the captured image for confirmation. Binds {@link FaceStepViewModel}; the camera runs only while this view is
 * in a showing window.
 */
final class FaceStepView {
    private static final double WIDTH = FaceLiveSession.PREVIEW_WIDTH;
    /** A 16:9 picture at the preview's width with a narrow band, low enough for the whole step at 1200×800 in Russian. */
    private static final double HEIGHT = 320;
    private final VBox root = new VBox(12);
    private final ObservableValue<Boolean> showing;
    private final ImageView live = new ImageView();
    private WritableImage liveImage;

    FaceStepView(FaceStepViewModel model, Messages m) {
        live.setId("facePreview");
        live.setFitWidth(WIDTH);
        live.setFitHeight(HEIGHT);
        live.setPreserveRatio(true);
        live.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        live.setAccessibleText(m.get("face.preview.accessible"));
        model.previewProperty().addListener((o, a, frame) -> paint(frame));
        live.visibleProperty().bind(model.imageProperty().isNull().and(model.previewProperty().isNotNull()));

        ImageView still = new ImageView();
        still.setId("faceImage");
        still.setFitWidth(WIDTH);
        still.setFitHeight(HEIGHT);
        still.setPreserveRatio(true);
        still.setAccessibleText(m.get("face.image.accessible"));
        still.imageProperty().bind(Bindings.createObjectBinding(() -> Views.image(model.imageProperty().get()), model.imageProperty()));

        Label empty = new Label();
        empty.setId("faceNoPicture");
        empty.getStyleClass().add("capture-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(model.cameraProblemProperty().isEmpty())
                .then(m.get("face.noImage")).otherwise(m.get("face.noPicture")));
        empty.visibleProperty().bind(model.imageProperty().isNull().and(model.previewProperty().isNull()));

        StackPane frame = new StackPane(empty, live, still, guide(model));
        frame.getStyleClass().add("capture-frame");
        frame.setMinSize(WIDTH, HEIGHT);
        frame.setMaxSize(WIDTH, HEIGHT);

        ProgressBar steadiness = new ProgressBar();
        steadiness.setId("faceSteadiness");
        steadiness.getStyleClass().add("face-steadiness");
        steadiness.setPrefWidth(WIDTH);
        steadiness.progressProperty().bind(model.steadinessProperty());
        steadiness.visibleProperty().bind(model.stateProperty().isEqualTo(CaptureState.READY));
        Label stats = Views.bound("facePreviewStats", model.previewStatsProperty(), "preview-stats");
        stats.visibleProperty().bind(live.visibleProperty());
        VBox left = new VBox(6, frame, steadiness, stats);

        FaceRuleIndicators indicators = new FaceRuleIndicators("faceChecks", model.rows());
        indicators.node().setPrefViewportHeight(HEIGHT - 10);
        VBox checks = new VBox(6, new Label(m.get("face.rules")), indicators.node());
        HBox.setHgrow(checks, Priority.ALWAYS);

        Button capture = Views.button("captureFace", m.get("face.capture"), model::capture);
        capture.disableProperty().bind(model.canCaptureProperty().not());
        Button retake = Views.button("retakeFace", m.get("capture.retake"), model::retake);
        retake.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.READY)));
        Label toConfirm = Views.bound("faceToConfirm", model.toConfirmProperty());
        Button confirm = Views.button("confirmFace", m.get("face.confirmButton"), model::confirm);
        HBox confirmRow = new HBox(12, confirm, toConfirm);
        confirmRow.visibleProperty().bind(model.toConfirmProperty().isNotEmpty().and(model.confirmedProperty().not()));
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());
        Label camera = Views.bound("faceCamera", model.cameraProblemProperty(), "message-error");
        camera.visibleProperty().bind(model.cameraProblemProperty().isNotEmpty());
        camera.managedProperty().bind(camera.visibleProperty());
        HBox buttons = new HBox(12, capture, retake, Views.bound("faceAttempt", model.attemptProperty()));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label guidance = Views.bound("faceGuidance", model.guidanceProperty(), "guidance");
        guidance.setAccessibleRole(AccessibleRole.TEXT);
        root.getChildren().addAll(Views.heading(m.get("face.heading")), guidance, camera, buttons, confirmRow,
                new HBox(20, left, checks));

        showing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, is) -> model.shown(is));
        model.shown(showing.getValue());
    }

    /** Where the head belongs: an oval in the middle of the picture, green while every rule holds. */
    private static Ellipse guide(FaceStepViewModel model) {
        // a 16:9 picture fitted to the frame is WIDTH × WIDTH·9/16; a head at the working distance fills about
        // a third of its width and four fifths of its height
        Ellipse guide = new Ellipse(WIDTH * 0.15, WIDTH * 9 / 16 * 0.4);
        guide.setTranslateY(-WIDTH * 9 / 16 * 0.05); // eyes sit above the middle of a well-framed picture
        guide.setId("faceGuide");
        guide.getStyleClass().add("head-guide");
        guide.setMouseTransparent(true);
        guide.visibleProperty().bind(model.imageProperty().isNull());
        model.frameVerdictProperty().addListener((o, a, v) -> {
            guide.getStyleClass().removeAll("guide-pass", "guide-fail");
            if (v != null) {
                guide.getStyleClass().add(v == Verdict.FAIL ? "guide-fail" : "guide-pass");
            }
        });
        return guide;
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
