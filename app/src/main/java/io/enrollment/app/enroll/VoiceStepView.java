package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The voice step: the prompt in large digits and in Russian words, record, the recording's waveform and
 * peak level, playback, per-rule verdicts and the operator's confirmations. Binds {@link VoiceStepViewModel}.
 */
final class VoiceStepView {
    private final VBox root = new VBox(12);
    private final Canvas wave = new Canvas(520, 90);
    private final Label playback = new Label();

    VoiceStepView(VoiceStepViewModel model, Messages m) {
        Label digits = Views.bound("promptDigits", model.promptDigitsProperty(), "prompt-digits");
        Label words = Views.bound("promptWords", model.promptWordsProperty(), "prompt-words");
        ProgressBar level = new ProgressBar(0);
        level.setId("levelMeter");
        level.setPrefWidth(520);
        model.waveformProperty().addListener((o, a, w) -> draw(w));
        model.levelProperty().addListener((o, a, db) -> level.setProgress(Double.isInfinite(db.doubleValue()) ? 0
                : Math.max(0, Math.min(1, 1 + db.doubleValue() / 60))));
        wave.setId("waveform");
        draw(null);
        Button record = Views.button("recordVoice", m.get("voice.record"), model::record);
        record.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING).or(model.acceptedProperty()));
        Button stop = Views.button("stopVoice", m.get("voice.stop"), model::stop);
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.WORKING));
        Button play = Views.button("playVoice", m.get("voice.play"), () -> model.recording().ifPresent(w -> play(w, m)));
        play.disableProperty().bind(model.waveformProperty().isNull());
        Button retake = Views.button("retakeVoice", m.get("capture.retake"), model::retake);
        retake.disableProperty().bind(model.stateProperty().isEqualTo(CaptureState.WORKING)
                .or(model.stateProperty().isEqualTo(CaptureState.READY)));
        CheckBox listened = new CheckBox(m.get("voice.listened"));
        listened.setId("voiceListened");
        listened.setWrapText(true);
        listened.selectedProperty().bindBidirectional(model.listenedProperty());
        listened.visibleProperty().bind(model.needsListeningProperty());
        listened.managedProperty().bind(model.needsListeningProperty());
        CheckBox calm = new CheckBox(m.get("voice.calm"));
        calm.setId("voiceCalm");
        calm.setWrapText(true);
        calm.selectedProperty().bindBidirectional(model.calmProperty());
        calm.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.PASSED));
        Button accept = Views.button("acceptVoice", m.get("voice.accept"), model::accept);
        accept.disableProperty().bind(model.stateProperty().isNotEqualTo(CaptureState.PASSED).or(model.acceptedProperty()));
        VBox left = new VBox(10, new Label(m.get("voice.readAloud")), digits, words, wave, level,
                new HBox(12, record, stop, play, retake, playback), listened, calm, accept);
        VBox checks = new VBox(6, new Label(m.get("voice.rules")), Views.checkList("voiceChecks", model.rows()));
        HBox.setHgrow(checks, Priority.ALWAYS);
        root.getChildren().addAll(Views.heading(m.get("voice.heading")),
                Views.bound("voiceGuidance", model.guidanceProperty(), "guidance"), new HBox(20, left, checks));
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
    private void play(byte[] wav, Messages m) {
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
