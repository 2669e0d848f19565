package io.enrollment.app.enroll;

import io.enrollment.app.capture.VoiceTake;
import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.VoiceSample;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.core.voice.VoicePromptGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The voice step: a fresh prompt for every take (R-VOICE-8), the recording checked against every rule,
 * and the operator's own confirmations where software cannot verify: that they listened and heard the
 * prompt read in Russian (R-VOICE-8, R-VOICE-11) and that the speaker was calm (R-VOICE-10).
 */
public final class VoiceStepViewModel {
    private static final Set<String> HEARD = Set.of("R-VOICE-8", "R-VOICE-11");
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final VoicePromptGenerator prompts;
    private final int maxAttempts;
    private final ReadOnlyObjectWrapper<CaptureState> state = new ReadOnlyObjectWrapper<>(CaptureState.READY);
    private final ReadOnlyStringWrapper promptDigits = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper promptWords = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Waveform> waveform = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(Double.NEGATIVE_INFINITY);
    private final ReadOnlyBooleanWrapper needsListening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper accepted = new ReadOnlyBooleanWrapper();
    private final BooleanProperty listened = new SimpleBooleanProperty();
    private final BooleanProperty calm = new SimpleBooleanProperty();
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private VoicePrompt prompt;
    private VoiceTake recording;
    private QualityReport report;
    private int attempts;

    private record Take(VoiceTake recording, QualityReport report) {
    }

    public VoiceStepViewModel(EnrollmentServices services, Enrollment enrollment, VoicePromptGenerator prompts) {
        this.services = services;
        this.enrollment = enrollment;
        this.prompts = prompts;
        this.maxAttempts = services.attempts("voice");
        newPrompt();
    }

    private void newPrompt() {
        prompt = prompts.next();
        promptDigits.set(prompt.display());
        promptWords.set(prompt.words());
        guidance.set(services.messages().get("voice.guidance.start"));
    }

    /** Records the subject reading the prompt and checks the take, off the UI thread. */
    public void record() {
        if (state.get() == CaptureState.WORKING || accepted.get() || !enrollment.mayCapture()) {
            return;
        }
        state.set(CaptureState.WORKING);
        guidance.set(services.messages().get("voice.guidance.working"));
        VoicePrompt p = prompt;
        services.executor().run(() -> {
            VoiceTake r = services.devices().microphone().orElseThrow(() ->
                    new IllegalStateException("this workstation has no microphone configured"))
                    .record(p, db -> services.executor().onUiThread(() -> level.set(db)));
            return new Take(r, services.voiceQc().orElseThrow().check(r.wav(), Optional.of(p), Optional.of(r.evidence())));
        }, t -> judged(t.recording(), t.report()), this::failed);
    }

    private void judged(VoiceTake r, QualityReport q) {
        if (enrollment.discarded()) {
            return;
        }
        attempts++;
        recording = r;
        report = q;
        waveform.set(Waveform.of(r.wav(), 240));
        rows.setAll(CheckRow.of(q.checks(), services.messages()));
        listened.set(false);
        calm.set(false);
        needsListening.set(q.checks().stream().anyMatch(c -> HEARD.contains(c.id()) && c.verdict() == Verdict.NOT_VERIFIED));
        if (q.verdict() != Verdict.FAIL) {
            guidance.set(services.messages().get("voice.guidance.confirm"));
            state.set(CaptureState.PASSED);
        } else if (attempts >= maxAttempts) {
            byte[] wav = r.wav();
            services.executor().run(() -> services.rejections().record(services.sessions().current().orElseThrow(),
                    Modality.VOICE, q, wav, "audio/wav"), x -> {
                        attempts = 0;
                        guidance.set(services.messages().get("capture.rejected", maxAttempts));
                        state.set(CaptureState.REJECTED);
                        newPrompt();
                    }, this::failed);
        } else {
            guidance.set(q.guidance());
            state.set(CaptureState.RETRY);
            prompt = prompts.next();
            promptDigits.set(prompt.display());
            promptWords.set(prompt.words());
        }
    }

    private void failed(Exception e) {
        guidance.set(services.messages().get("capture.error", e.getMessage()));
        state.set(CaptureState.ERROR);
    }

    /** Ends the take now (the subject has finished reading). */
    public void stop() {
        services.devices().microphone().ifPresent(m -> m.stop());
    }

    /** The operator keeps this take: only when it passed and the required confirmations are given. */
    public boolean accept() {
        if (state.get() != CaptureState.PASSED || recording == null || !calm.get() || (needsListening.get() && !listened.get())) {
            guidance.set(services.messages().get("voice.guidance.confirmFirst"));
            return false;
        }
        String officer = services.sessions().officer().id();
        var now = services.clock().instant();
        List<Attestation> confirmations = new ArrayList<>();
        if (needsListening.get()) {
            confirmations.add(new Attestation("R-VOICE-8", "operator listened: the prompted sequence " + prompt.display()
                    + " was read", officer, now));
            confirmations.add(new Attestation("R-VOICE-11", "operator listened: the prompt was read in Russian", officer, now));
        }
        confirmations.add(new Attestation("R-VOICE-10", "operator attests a normal, calm voice without signs of illness",
                officer, now));
        enrollment.voice(new VoiceSample(recording.wav(), prompt.display(), services.metadataNow(List.of(recording.device()),
                CollectionMethod.IN_PERSON_MANUAL), report), confirmations);
        accepted.set(true);
        guidance.set(services.messages().get("voice.guidance.accepted"));
        return true;
    }

    /** Drops the take and gives a new prompt. */
    public void retake() {
        if (state.get() == CaptureState.WORKING) {
            return;
        }
        if (accepted.get()) {
            enrollment.voice(null, List.of());
            accepted.set(false);
        }
        recording = null;
        report = null;
        waveform.set(null);
        rows.clear();
        state.set(CaptureState.READY);
        newPrompt();
    }

    /** The recording to play back, if any. */
    public Optional<byte[]> recording() {
        return Optional.ofNullable(recording).map(VoiceTake::wav);
    }

    public boolean complete() {
        return accepted.get() && enrollment.voice().isPresent();
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptDigitsProperty() {
        return promptDigits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptWordsProperty() {
        return promptWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Waveform> waveformProperty() {
        return waveform.getReadOnlyProperty();
    }

    /** The live level while recording, dBFS. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsListeningProperty() {
        return needsListening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public BooleanProperty listenedProperty() {
        return listened;
    }

    public BooleanProperty calmProperty() {
        return calm;
    }

    public ObservableList<CheckRow> rows() {
        return readOnlyRows;
    }
}
