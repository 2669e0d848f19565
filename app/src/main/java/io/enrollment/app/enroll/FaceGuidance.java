package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.capture.GuidanceMessage;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the face step tells the person and the operator: one guidance line from the bundles
 * ({@code face.live.<GuidanceMessage>} while live), the verdict of the latest live frame (the head guide's colour)
 * and the run of good frames towards the automatic capture.
 */
final class FaceGuidance {
    private final Messages messages;
    private final int stableFrames;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Verdict> frameVerdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper steadiness = new ReadOnlyDoubleWrapper();

    FaceGuidance(Messages messages, int stableFrames) {
        this.messages = messages;
        this.stableFrames = stableFrames;
        say("face.guidance.start");
    }

    /** Says the bundle's text for {@code key}. */
    void say(String key, Object... args) {
        line.set(messages.get(key, args));
    }

    /** Says a text already in the operator's language (a quality report's guidance). */
    void sayText(String text) {
        line.set(text);
    }

    /** Follows a live frame's verdict: the guide's colour, the run so far and what to do next. */
    void follow(CaptureOutcome.Guidance g) {
        frameVerdict.set(g.frameReport().verdict());
        steadiness.set(Math.min(1, g.stableFrames() / (double) stableFrames));
        if (g.message() == GuidanceMessage.HOLD_ON) {
            say("face.live.HOLD_ON", g.stableFrames(), stableFrames);
        } else {
            say("face.live." + g.message().name());
        }
    }

    /** Forgets the live frame's verdict and the run (no live frame is being judged). */
    void resetRun() {
        frameVerdict.set(null);
        steadiness.set(0);
    }

    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Verdict> frameVerdictProperty() {
        return frameVerdict.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty steadinessProperty() {
        return steadiness.getReadOnlyProperty();
    }
}
