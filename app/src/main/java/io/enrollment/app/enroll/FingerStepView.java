package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.qc.fingerprint.PrintImage;
import io.enrollment.qc.fingerprint.capture.MissingFingerReason;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The fingerprint step: two hands with each finger coloured by its state (the one to place highlighted), the
 * scanned image, its quality score, and the missing-finger exception. Binds {@link FingerStepViewModel}.
 */
final class FingerStepView {
    private final VBox root = new VBox(12);
    private final Map<FingerPosition, Label> fingers = new EnumMap<>(FingerPosition.class);

    FingerStepView(FingerStepViewModel model, Messages m) {
        HBox hands = new HBox(40, hand(model, m, false), hand(model, m, true));
        hands.setId("handDiagram");
        model.statuses().addListener((MapChangeListener<FingerPosition, FingerStepViewModel.FingerStatus>) c -> paint(model));
        ImageView image = new ImageView();
        image.setId("fingerImage");
        image.setFitHeight(288);
        image.setPreserveRatio(true);
        model.imageProperty().addListener((o, a, p) -> image.setImage(p == null ? null : toImage(p)));
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("capture-frame");
        frame.setMinSize(260, 292);
        Button capture = Views.button("captureFinger", m.get("finger.capture"), model::capture);
        capture.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.READY).or(model.currentProperty().isNull()));
        ChoiceBox<MissingFingerReason> reason = new ChoiceBox<>();
        reason.setId("missingReason");
        reason.getItems().setAll(MissingFingerReason.AMPUTATED, MissingFingerReason.BANDAGED);
        reason.setValue(MissingFingerReason.AMPUTATED);
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(MissingFingerReason r) {
                return r == null ? "" : m.get("finger.reason." + r.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public MissingFingerReason fromString(String s) {
                return null;
            }
        });
        Button missing = Views.button("declareMissing", m.get("finger.declareMissing"), () -> model.declareMissing(reason.getValue()));
        missing.disableProperty().bind(capture.disableProperty());
        Button confirm = Views.button("confirmUnreadable", m.get("finger.confirmUnreadable"), model::confirmPending);
        VBox side = new VBox(10, hands, Views.bound("fingerScore", model.scoreProperty(), "finger-score"),
                new HBox(10, capture), new HBox(10, new Label(m.get("finger.missingLabel")), reason, missing), confirm);
        root.getChildren().addAll(Views.heading(m.get("finger.heading")),
                Views.bound("fingerMessage", model.messageProperty(), "guidance"), new HBox(24, frame, side));
        paint(model);
    }

    private VBox hand(FingerStepViewModel model, Messages m, boolean right) {
        HBox row = new HBox(6);
        FingerPosition[] order = right
                ? new FingerPosition[] {FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
                    FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE}
                : new FingerPosition[] {FingerPosition.LEFT_LITTLE, FingerPosition.LEFT_RING, FingerPosition.LEFT_MIDDLE,
                    FingerPosition.LEFT_INDEX, FingerPosition.LEFT_THUMB};
        for (FingerPosition f : order) {
            Label l = new Label(m.get("finger.short." + f.name().toLowerCase(Locale.ROOT)));
            l.setId("finger-" + f.isoCode());
            l.getStyleClass().add("finger");
            l.setAccessibleText(model.fingerName(f));
            fingers.put(f, l);
            row.getChildren().add(l);
        }
        return new VBox(4, new Label(m.get(right ? "finger.rightHand" : "finger.leftHand")), row);
    }

    private void paint(FingerStepViewModel model) {
        fingers.forEach((f, l) -> {
            FingerStepViewModel.FingerStatus s = model.statuses().get(f);
            l.getStyleClass().setAll("label", "finger", s == null ? "finger-unused" : "finger-" + s.name().toLowerCase(Locale.ROOT));
        });
    }

    private static WritableImage toImage(PrintImage p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        byte[] grey = p.pixels();
        int[] argb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xff;
            argb[i] = 0xff000000 | v << 16 | v << 8 | v;
        }
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), argb, 0, p.width());
        return img;
    }

    Parent root() {
        return root;
    }
}
