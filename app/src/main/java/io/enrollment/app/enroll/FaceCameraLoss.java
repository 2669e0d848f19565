package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A camera that went away during the face step: says why on screen (the camera is retried meanwhile), takes the
 * stale picture and run off the screen, and tells the person to wait; when the camera is back the step starts
 * over from the first guidance line.
 */
final class FaceCameraLoss {
    private final Messages messages;
    private final FacePreviewDisplay preview;
    private final FaceGuidance guidance;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    FaceCameraLoss(Messages messages, FacePreviewDisplay preview, FaceGuidance guidance) {
        this.messages = messages;
        this.preview = preview;
        this.guidance = guidance;
    }

    /** {@code live}: whether the step is following the person (the guidance line is about the camera then). */
    void lost(String reason, boolean live) {
        problem.set(messages.get("face.camera.lost", reason));
        preview.clear();
        guidance.resetRun();
        if (live) {
            guidance.say("face.guidance.cameraLost");
        }
    }

    void back(boolean live) {
        problem.set("");
        if (live) {
            guidance.say("face.guidance.start");
        }
    }

    /** Forgets the problem (the camera was stopped on purpose). */
    void clear() {
        problem.set("");
    }

    boolean present() {
        return !problem.get().isEmpty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
