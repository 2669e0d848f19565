package io.enrollment.app.enroll;

import io.enrollment.core.Attestation;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.ImageFormat;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The face image that passed quality control: it goes into the enrollment at once, or, when the profile has
 * rules software cannot verify on it, once the operator has looked and confirmed them (each confirmation
 * travels as an {@link Attestation}).
 */
final class FaceKeptSample {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final ReadOnlyObjectWrapper<CollectionMethod> method = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper toConfirm = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper();
    private FaceSample pending;

    FaceKeptSample(EnrollmentServices services, Enrollment enrollment) {
        this.services = services;
        this.enrollment = enrollment;
    }

    /** Holds the image that passed; keeps it at once when nothing waits for the operator. Whether it was kept. */
    boolean passed(byte[] bytes, int width, int height, DeviceInfo device, QualityReport report, CollectionMethod how) {
        pending = new FaceSample(bytes, ImageFormat.sniff(bytes), width, height, services.metadataNow(List.of(device), how), report);
        method.set(how);
        List<String> unverified = report.checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> c.id() + " " + c.name()).toList();
        confirmed.set(false);
        toConfirm.set(unverified.isEmpty() ? "" : services.messages().get("face.confirm", String.join(", ", unverified)));
        if (unverified.isEmpty()) {
            keep();
        }
        return unverified.isEmpty();
    }

    /** The operator confirms the rules the software could not verify; whether there was anything to confirm. */
    boolean confirm() {
        if (pending == null || toConfirm.get().isEmpty()) {
            return false;
        }
        confirmed.set(true);
        keep();
        return true;
    }

    /** Drops the image (a retake): out of the enrollment too. */
    void drop() {
        if (pending != null) {
            enrollment.face(null, List.of());
        }
        pending = null;
        method.set(null);
        toConfirm.set("");
        confirmed.set(false);
    }

    /** Whether the enrollment holds the image with everything confirmed. */
    boolean kept() {
        return enrollment.face().isPresent() && (toConfirm.get().isEmpty() || confirmed.get());
    }

    private void keep() {
        String officer = services.sessions().officer().id();
        List<Attestation> confirmations = pending.quality().checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> new Attestation(c.id(), "operator looked at the image: " + c.name() + " holds", officer,
                        services.clock().instant())).toList();
        enrollment.face(pending, confirmations);
    }

    ReadOnlyObjectProperty<CollectionMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    ReadOnlyStringProperty toConfirmProperty() {
        return toConfirm.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }
}
