package io.enrollment.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (capture, quality control, signing, queue) away from the UI thread and hands the
 * result back on the UI thread. View models receive one through their constructor; tests use a
 * current-thread executor so that view-model logic is deterministic.
 */
public interface TaskExecutor {
    /**
     * Runs {@code work} in the background.
     *
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread with what {@code work} threw
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs {@code action} on the UI thread (for events raised by device or token threads). */
    void onUiThread(Runnable action);
}
