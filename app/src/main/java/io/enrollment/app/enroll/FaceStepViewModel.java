package io.enrollment.app.enroll;

import io.enrollment.app.capture.Still;
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
            enrollment.face(new FaceSample(bytes, ImageFormat.sniff(bytes), a.header().width(), a.header().height(),
                    services.metadataNow(List.of(a.still().device()), CollectionMethod.IN_PERSON_MANUAL), a.report()));
            guidance.set(services.messages().get("face.guidance.passed"));
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

    /** Drops the image shown (passed or not) and starts the capture again. */
    public void retake() {
        if (state.get() == CaptureState.WORKING) {
            return;
        }
        if (state.get() == CaptureState.PASSED) {
            enrollment.face(null);
        }
        image.set(null);
        rows.clear();
        guidance.set(services.messages().get("face.guidance.start"));
        state.set(CaptureState.READY);
    }

    private void showAttempt() {
        attempt.set(services.messages().get("capture.attempt", Math.min(attempts + 1, maxAttempts), maxAttempts));
    }

    public boolean complete() {
        return state.get() == CaptureState.PASSED && enrollment.face().isPresent();
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
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
