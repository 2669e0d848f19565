package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.i18n.Messages;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The live picture of the face step and the line under it: the preview's shown and checked frame rates and the
 * check time per frame ({@link PreviewStats}), refreshed once a second.
 */
final class FacePreviewDisplay {
    private final Messages messages;
    private final ReadOnlyObjectWrapper<PreviewFrame> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper("");
    private PreviewStats stats = new PreviewStats();
    private long statsShownAt;

    FacePreviewDisplay(Messages messages) {
        this.messages = messages;
    }

    /** New figures for a new camera session; the session records into them. */
    PreviewStats restart() {
        stats = new PreviewStats();
        return stats;
    }

    void show(PreviewFrame frame) {
        preview.set(frame);
        stats.shown();
        long now = System.nanoTime();
        if (now - statsShownAt > 1_000_000_000L) {
            statsShownAt = now;
            PreviewStats.Summary s = stats.summary();
            statsText.set(messages.get("face.previewStats", fmt(s.shownFps()), fmt(s.checkedFps()),
                    Math.round(s.checkMedianMs()), Math.round(s.checkP95Ms())));
        }
    }

    /** No picture (the camera stopped or went away). */
    void clear() {
        preview.set(null);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    ReadOnlyObjectProperty<PreviewFrame> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statsProperty() {
        return statsText.getReadOnlyProperty();
    }
}
