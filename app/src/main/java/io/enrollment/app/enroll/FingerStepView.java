package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.qc.fingerprint.PrintImage;
import io.enrollment.qc.fingerprint.capture.MissingFingerReason;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * Controller of {@code FingerStep.fxml}: two hands with each finger coloured by its state (the one to place
 * highlighted), the scanned image, its quality score, and the missing-finger exception. Binds
 * {@link FingerStepViewModel}.
 */
final class FingerStepView {
    private final FingerStepViewModel model;
    private final Messages m;
    private final Parent root;
    private final Map<FingerPosition, Label> fingers = new EnumMap<>(FingerPosition.class);
    @FXML
    private Label message;
    @FXML
    private ImageView image;
    @FXML
    private HBox hands;
    @FXML
    private Label score;
    @FXML
    private Button capture;
    @FXML
    private ChoiceBox<MissingFingerReason> reason;
    @FXML
    private Button missing;

    FingerStepView(FingerStepViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        this.root = Fxml.load(this, "FingerStep.fxml", m);
        Views.markFirstField(root, capture); // Scan: the finger shown is on the scanner
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(model.messageProperty());
        score.textProperty().bind(model.scoreProperty());
        for (FingerPosition f : FingerPosition.values()) {
            Label l = (Label) hands.lookup("#finger-" + f.isoCode());
            l.setAccessibleText(model.fingerName(f));
            fingers.put(f, l);
        }
        model.statuses().addListener((MapChangeListener<FingerPosition, FingerStepViewModel.FingerStatus>) c -> paint());
        paint();
        model.imageProperty().addListener((o, a, p) -> image.setImage(p == null ? null : toImage(p)));
        capture.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.READY).or(model.currentProperty().isNull()));
        missing.disableProperty().bind(capture.disableProperty());
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
    }

    @FXML
    private void capture() {
        model.capture();
    }

    @FXML
    private void declareMissing() {
        model.declareMissing(reason.getValue());
    }

    @FXML
    private void confirmUnreadable() {
        model.confirmPending();
    }

    private void paint() {
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
