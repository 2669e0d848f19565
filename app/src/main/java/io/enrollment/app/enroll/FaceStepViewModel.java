package io.enrollment.app.enroll;

import io.enrollment.app.capture.Still;
import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.qc.face.image.ImageHeader;
import io.enrollment.qc.face.image.ImageHeaderReader;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The face step: capture a still, check every rule of the profile, show each verdict and one line of
 * guidance; a passing image is kept for the package, a failing one is retaken, and after the profile's
 * number of attempts the capture is recorded as rejected (R-QC-3).
 */
public final class FaceStepViewModel {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final int maxAttempts;
    private final ReadOnlyObjectWrapper<CaptureState> state = new ReadOnlyObjectWrapper<>(CaptureState.READY);
    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper attempt = new ReadOnlyStringWrapper();
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper toConfirm = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper();
    private FaceSample pending;
    private int attempts;

    private record Attempt(Still still, QualityReport report, ImageHeader header) {
    }

    public FaceStepViewModel(EnrollmentServices services, Enrollment enrollment) {
        this.services = services;
        this.enrollment = enrollment;
        this.maxAttempts = services.attempts("face");
        guidance.set(services.messages().get("face.guidance.start"));
        showAttempt();
    }

    /** Takes a picture and checks it, off the UI thread. */
    public void capture() {
        if (state.get() == CaptureState.WORKING || state.get() == CaptureState.PASSED || !enrollment.mayCapture()) {
            return;
        }
        state.set(CaptureState.WORKING);
        guidance.set(services.messages().get("face.guidance.working"));
        services.executor().run(() -> {
            Still still = services.devices().camera().capture();
            byte[] bytes = still.image();
            return new Attempt(still, services.faceChecker().check(bytes, services.profile(), Map.of()),
                    ImageHeaderReader.read(bytes));
        }, this::judged, this::failed);
    }

    private void judged(Attempt a) {
        if (enrollment.discarded()) {
            return;
        }
        attempts++;
        image.set(a.still().image());
        rows.setAll(CheckRow.of(a.report().checks(), services.messages()));
        if (a.report().verdict() != Verdict.FAIL) {
            byte[] bytes = a.still().image();
            pending = new FaceSample(bytes, ImageFormat.sniff(bytes), a.header().width(), a.header().height(),
                    services.metadataNow(List.of(a.still().device()), CollectionMethod.IN_PERSON_MANUAL), a.report());
            List<String> unverified = a.report().checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                    .map(c -> c.id() + " " + c.name()).toList();
            confirmed.set(false);
            toConfirm.set(unverified.isEmpty() ? "" : services.messages().get("face.confirm", String.join(", ", unverified)));
            if (unverified.isEmpty()) {
                keep();
            }
            guidance.set(services.messages().get(unverified.isEmpty() ? "face.guidance.passed" : "face.guidance.confirm"));
            state.set(CaptureState.PASSED);
        } else if (attempts >= maxAttempts) {
            reject(a);
        } else {
            guidance.set(a.report().guidance());
            state.set(CaptureState.RETRY);
        }
        showAttempt();
    }

    private void reject(Attempt a) {
        byte[] bytes = a.still().image();
        String media = ImageFormat.sniff(bytes).mediaType();
        services.executor().run(() -> services.rejections().record(services.sessions().current().orElseThrow(),
                        Modality.FACE, a.report(), bytes, media),
                r -> {
                    attempts = 0;
                    guidance.set(services.messages().get("capture.rejected", maxAttempts));
                    state.set(CaptureState.REJECTED);
                    showAttempt();
                }, this::failed);
    }

    private void failed(Exception e) {
        guidance.set(services.messages().get("capture.error", e.getMessage()));
        state.set(CaptureState.ERROR);
    }

    private void keep() {
        String officer = services.sessions().officer().id();
        List<Attestation> confirmations = pending.quality().checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> new Attestation(c.id(), "operator looked at the image: " + c.name() + " holds", officer,
                        services.clock().instant())).toList();
        enrollment.face(pending, confirmations);
    }

    /** The operator confirms the rules the software could not verify on the image shown. */
    public void confirm() {
        if (state.get() == CaptureState.PASSED && pending != null && !toConfirm.get().isEmpty()) {
            confirmed.set(true);
            keep();
            guidance.set(services.messages().get("face.guidance.passed"));
        }
    }

    /** Drops the image shown (passed or not) and starts the capture again. */
    public void retake() {
        if (state.get() == CaptureState.WORKING) {
            return;
        }
        if (state.get() == CaptureState.PASSED) {
            enrollment.face(null, List.of());
        }
        pending = null;
        toConfirm.set("");
        confirmed.set(false);
        image.set(null);
        rows.clear();
        guidance.set(services.messages().get("face.guidance.start"));
        state.set(CaptureState.READY);
    }

    private void showAttempt() {
        int shown = state.get() == CaptureState.PASSED ? attempts : attempts + 1;
        attempt.set(services.messages().get("capture.attempt", Math.max(1, Math.min(shown, maxAttempts)), maxAttempts));
    }

    public boolean complete() {
        return state.get() == CaptureState.PASSED && enrollment.face().isPresent() && (toConfirm.get().isEmpty() || confirmed.get());
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the operator must confirm on the image (rules software cannot verify), or empty. */
    public ReadOnlyStringProperty toConfirmProperty() {
        return toConfirm.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attemptProperty() {
        return attempt.getReadOnlyProperty();
    }

    public ObservableList<CheckRow> rows() {
        return readOnlyRows;
    }
}
