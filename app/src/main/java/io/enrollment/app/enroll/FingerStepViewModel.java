package io.enrollment.app.enroll;

import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.qc.fingerprint.PrintImage;
import io.enrollment.qc.fingerprint.capture.AttemptOutcome;
import io.enrollment.qc.fingerprint.capture.FingerCaptureSession;
import io.enrollment.qc.fingerprint.capture.FingerException;
import io.enrollment.qc.fingerprint.capture.MissingFingerReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The fingerprint step over quality-control's {@link FingerCaptureSession}: which finger to place, the
 * scanned image, its quality score and the attempts left, duplicate refusal, and missing-finger exceptions
 * that the operator declares and confirms. A finger whose attempts all failed is recorded as rejected (R-QC-3).
 */
public final class FingerStepViewModel {
    /** What the hand diagram shows for each finger. */
    public enum FingerStatus { PENDING, CURRENT, ACCEPTED, EXCEPTION }

    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final FingerprintReader reader;
    private FingerCaptureSession session;
    private final ReadOnlyObjectWrapper<CaptureState> state = new ReadOnlyObjectWrapper<>(CaptureState.WORKING);
    private final ReadOnlyObjectWrapper<FingerPosition> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PrintImage> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ObservableMap<FingerPosition, FingerStatus> statuses = FXCollections.observableMap(new EnumMap<>(FingerPosition.class));
    private final ObservableMap<FingerPosition, FingerStatus> readOnlyStatuses = FXCollections.unmodifiableObservableMap(statuses);

    public FingerStepViewModel(EnrollmentServices services, Enrollment enrollment) {
        this.services = services;
        this.enrollment = enrollment;
        this.reader = services.devices().scanner().orElseThrow(() ->
                new IllegalStateException("the profile collects fingerprints but no scanner is configured"));
        message.set(services.messages().get("finger.preparing"));
    }

    /** Prepares the matcher (about a second, once), off the UI thread. Called when the step is first shown. */
    public void start() {
        if (session != null) {
            return;
        }
        services.executor().run(() -> new FingerCaptureSession(services.profile()), s -> {
            session = s;
            state.set(CaptureState.READY);
            advance();
        }, this::failed);
    }

    /** Scans the current finger and judges it. */
    public void capture() {
        FingerPosition finger = current.get();
        if (session == null || finger == null || state.get() == CaptureState.WORKING || !enrollment.mayCapture()) {
            return;
        }
        state.set(CaptureState.WORKING);
        message.set(services.messages().get("finger.place", fingerName(finger)));
        services.executor().run(() -> {
            PrintImage scanned = reader.capture();
            return Map.entry(scanned, session.submit(finger, scanned));
        }, e -> judged(e.getKey(), e.getValue()), this::failed);
    }

    private void judged(PrintImage scanned, AttemptOutcome outcome) {
        if (enrollment.discarded()) {
            return;
        }
        image.set(scanned);
        String name = fingerName(outcome.finger());
        if (outcome instanceof AttemptOutcome.Accepted a) {
            score.set(services.messages().get("finger.score", Math.round(a.print().score())));
            message.set(services.messages().get("finger.accepted", name));
        } else if (outcome instanceof AttemptOutcome.RetryNeeded r) {
            score.set(services.messages().get("finger.score", session.bestAttempt(r.finger()).map(p -> Math.round(p.score())).orElse(0L)));
            message.set(services.messages().get("finger.retry", name, r.attemptsLeft(), r.guidance()));
        } else if (outcome instanceof AttemptOutcome.Duplicate d) {
            message.set(services.messages().get("finger.duplicate", fingerName(d.matches()), name));
        } else if (outcome instanceof AttemptOutcome.AttemptsExhausted x) {
            score.set(services.messages().get("finger.score", Math.round(x.best().score())));
            message.set(services.messages().get("finger.exhausted", name));
            recordRejection(x);
        }
        state.set(CaptureState.READY);
        advance();
        if (outcome instanceof AttemptOutcome.Accepted && current.get() != null) {
            message.set(message.get() + " " + services.messages().get("finger.place", fingerName(current.get())));
        }
    }

    private void recordRejection(AttemptOutcome.AttemptsExhausted x) {
        byte[] png = x.best().png();
        services.executor().run(() -> services.rejections().record(services.sessions().current().orElseThrow(),
                Modality.FINGERPRINT, x.best().report(), png, "image/png"), r -> { }, this::failed);
    }

    /** The operator states that the current finger cannot be captured (and confirms it by doing so). */
    public void declareMissing(MissingFingerReason reason) {
        FingerPosition finger = current.get();
        if (session == null || finger == null || state.get() == CaptureState.WORKING) {
            return;
        }
        session.declareMissing(finger, reason, "declared by the operator: " + reason);
        session.confirmMissing(finger, services.sessions().officer().id());
        message.set(services.messages().get("finger.missing", fingerName(finger)));
        advance();
    }

    /** Confirms every exception still pending (fingers whose attempts were exhausted). */
    public void confirmPending() {
        if (session == null) {
            return;
        }
        for (FingerException e : session.pendingExceptions()) {
            session.confirmMissing(e.finger(), services.sessions().officer().id());
        }
        advance();
    }

    private void advance() {
        current.set(session.nextFinger().orElse(null));
        Map<FingerPosition, FingerStatus> next = new EnumMap<>(FingerPosition.class);
        for (FingerPosition f : session.fingers()) {
            next.put(f, session.acceptedPrints().containsKey(f) ? FingerStatus.ACCEPTED
                    : session.exceptions().containsKey(f) ? FingerStatus.EXCEPTION
                    : f == current.get() ? FingerStatus.CURRENT : FingerStatus.PENDING);
        }
        statuses.clear();
        statuses.putAll(next);
        if (current.get() != null && state.get() == CaptureState.READY && message.get().equals(services.messages().get("finger.preparing"))) {
            message.set(services.messages().get("finger.place", fingerName(current.get())));
        }
        boolean done = session.complete();
        if (done && !complete.get()) {
            List<FingerprintSample> samples = new ArrayList<>();
            session.acceptedPrints().values().forEach(p -> samples.add(p.toSample(services.metadataNow(
                    List.of(reader.device()), CollectionMethod.IN_PERSON_MANUAL))));
            List<Attestation> exceptions = new ArrayList<>();
            session.exceptions().values().forEach(e -> exceptions.add(new Attestation("R-FP-1", e.finger() + " not captured: "
                    + e.reason(), e.confirmedBy(), services.clock().instant())));
            enrollment.fingerprints(samples, exceptions);
            message.set(services.messages().get("finger.done", samples.size()));
        }
        complete.set(done);
    }

    private void failed(Exception e) {
        message.set(services.messages().get("capture.error", e.getMessage()));
        state.set(CaptureState.ERROR);
    }

    public String fingerName(FingerPosition f) {
        return services.messages().get("finger." + f.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Attempts left for the current finger, as text. */
    public int attemptsPerFinger() {
        return session == null ? 0 : session.attemptsPerFinger();
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FingerPosition> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrintImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ObservableMap<FingerPosition, FingerStatus> statuses() {
        return readOnlyStatuses;
    }
}
