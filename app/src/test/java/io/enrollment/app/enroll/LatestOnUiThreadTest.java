package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.app.fx.TaskExecutor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Preview frames do not pile up on the UI thread: one hand-over at a time, carrying the newest value. */
class LatestOnUiThreadTest {
    /** A UI thread that runs what was handed to it only when the test says so. */
    private static final class QueuedUi implements TaskExecutor {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onUiThread(Runnable action) {
            queued.add(action);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void valuesPostedWhileTheUiIsBusyCollapseIntoTheNewest() {
        QueuedUi ui = new QueuedUi();
        List<Integer> shown = new ArrayList<>();
        LatestOnUiThread<Integer> frames = new LatestOnUiThread<>(ui, shown::add);
        for (int i = 1; i <= 5; i++) {
            frames.post(i);
        }
        assertEquals(1, ui.queued.size(), "one hand-over queued for five frames");
        ui.runAll();
        assertEquals(List.of(5), shown, "only the newest frame is shown");
        frames.post(6);
        frames.post(7);
        assertEquals(1, ui.queued.size());
        ui.runAll();
        assertEquals(List.of(5, 7), shown);
        ui.runAll();
        assertEquals(List.of(5, 7), shown, "nothing is shown twice");
    }
}
