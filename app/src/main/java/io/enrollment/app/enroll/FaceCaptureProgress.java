package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the face capture stands ({@link CaptureState}), the still on screen, and the attempts by hand: a hand
 * capture that fails is an attempt, and the profile's number of attempts ends in a rejected capture (R-QC-3).
 * The "attempt n of m" line follows both.
 */
final class FaceCaptureProgress {
    private final Messages messages;
    private final int maxAttempts;
    private final ReadOnlyObjectWrapper<CaptureState> state = new ReadOnlyObjectWrapper<>(CaptureState.READY);
    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper attemptLine = new ReadOnlyStringWrapper();
    private int attempts;

    FaceCaptureProgress(Messages messages, int maxAttempts) {
        this.messages = messages;
        this.maxAttempts = maxAttempts;
        state.addListener((o, was, is) -> showAttempt());
        showAttempt();
    }

    CaptureState state() {
        return state.get();
    }

    boolean is(CaptureState s) {
        return state.get() == s;
    }

    void to(CaptureState s) {
        state.set(s);
    }

    /** Counts a capture by hand; whether it used the last attempt allowed. */
    boolean countAttempt() {
        attempts++;
        showAttempt();
        return attempts >= maxAttempts;
    }

    /** After a rejected capture the officer may start over with every attempt. */
    void restartAttempts() {
        attempts = 0;
        showAttempt();
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Shows a captured still (JPEG/PNG bytes as stored), or none (null) while live. */
    void showImage(byte[] bytes) {
        image.set(bytes);
    }

    private void showAttempt() {
        // the attempt under way, or the one that passed
        int shown = state.get() == CaptureState.PASSED ? attempts : attempts + 1;
        attemptLine.set(messages.get("capture.attempt", Math.max(1, Math.min(shown, maxAttempts)), maxAttempts));
    }

    ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    ReadOnlyStringProperty attemptProperty() {
        return attemptLine.getReadOnlyProperty();
    }
}
