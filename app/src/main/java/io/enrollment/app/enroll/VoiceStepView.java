package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Controller of {@code VoiceStep.fxml}: the prompt in large digits and in Russian words, record, the recording's
 * waveform and peak level, playback, per-rule verdicts and the operator's confirmations. Binds
 * {@link VoiceStepViewModel}.
 */
final class VoiceStepView {
    private final VoiceStepViewModel model;
    private final Messages m;
    private final Parent root;
    @FXML
    private Label guidance;
    @FXML
    private Label digits;
    @FXML
    private Label words;
    @FXML
    private Canvas wave;
    @FXML
    private ProgressBar level;
    @FXML
    private Button record;
    @FXML
    private Button stop;
    @FXML
    private Button play;
    @FXML
    private Button retake;
    @FXML
    private Label playback;
    @FXML
    private CheckBox listened;
    @FXML
    private CheckBox calm;
    @FXML
    private Button accept;
    @FXML
    private VBox checks;

    VoiceStepView(VoiceStepViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        this.root = Fxml.load(this, "VoiceStep.fxml", m);
        Views.markFirstField(root, record);
    }

    @FXML
    private void initialize() {
        guidance.textProperty().bind(model.guidanceProperty());
        digits.textProperty().bind(model.promptDigitsProperty());
        words.textProperty().bind(model.promptWordsProperty());
        model.waveformProperty().addListener((o, a, w) -> draw(w));
        draw(null);
        // the level is in dBFS: the bar spans the 60 dB below full scale
        model.levelProperty().addListener((o, a, db) -> level.setProgress(Double.isInfinite(db.doubleValue()) ? 0
                : Math.max(0, Math.min(1, 1 + db.doubleValue() / 60))));
        record.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING).or(model.acceptedProperty()));
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.WORKING));
        play.disableProperty().bind(model.waveformProperty().isNull());
        retake.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.READY)));
        listened.selectedProperty().bindBidirectional(model.listenedProperty());
        listened.visibleProperty().bind(model.needsListeningProperty());
        listened.managedProperty().bind(model.needsListeningProperty());
        calm.selectedProperty().bindBidirectional(model.calmProperty());
        calm.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.PASSED));
        accept.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.PASSED).or(model.acceptedProperty()));
        Views.showChecks(checks, model.rows());
        Views.shortcut(retake, new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN));
        // the recording button is disabled while it records: when the take ends the keyboard goes on from
        // Play (listen to it) or, if nothing can be played, Record again
        model.stateProperty().addListener((o, was, is) -> {
            if (is == CaptureState.WORKING) {
                Views.focusIfAble(stop); // Space stops the take early
            } else if (was == CaptureState.WORKING && is != CaptureState.WORKING && !Views.focusIfAble(play)) {
                Views.focusIfAble(record);
            }
        });
    }

    @FXML
    private void record() {
        model.record();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void play() {
        model.recording().ifPresent(this::playRecording);
    }

    @FXML
    private void retake() {
        model.retake();
    }

    @FXML
    private void accept() {
        model.accept();
    }

    private void draw(Waveform w) {
        GraphicsContext g = wave.getGraphicsContext2D();
        double width = wave.getWidth();
        double mid = wave.getHeight() / 2;
        g.setFill(Color.web("#eef1f5"));
        g.fillRect(0, 0, width, wave.getHeight());
        g.setStroke(Color.web("#1f3b57"));
        g.strokeLine(0, mid, width, mid);
        if (w == null) {
            return;
        }
        double[] peaks = w.peaks();
        double step = width / peaks.length;
        for (int i = 0; i < peaks.length; i++) {
            double h = peaks[i] * mid;
            g.strokeLine(i * step, mid - h, i * step, mid + h);
        }
    }

    /** Plays the recording on the default audio device, off the UI thread. */
    private void playRecording(byte[] wav) {
        playback.setText(m.get("voice.playing"));
        Thread t = new Thread(() -> {
            String result = "";
            try (Clip clip = AudioSystem.getClip()) {
                clip.open(AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav)));
                clip.start();
                Thread.sleep(Math.max(100, clip.getMicrosecondLength() / 1000));
            } catch (LineUnavailableException | UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
                result = m.get("voice.noPlayback", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String text = result;
            Platform.runLater(() -> playback.setText(text));
        }, "voice-playback");
        t.setDaemon(true);
        t.start();
    }

    Parent root() {
        return root;
    }
}
