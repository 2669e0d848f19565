package io.enrollment.app.enroll;

import io.enrollment.app.fx.TaskExecutor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a device thread to the UI thread without piling them up: at most one hand-over is queued,
 * and it delivers the newest value posted by the time it runs; older ones are dropped (a stale preview frame
 * is worth nothing).
 */
final class LatestOnUiThread<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final TaskExecutor executor;
    private final Consumer<T> consumer;

    LatestOnUiThread(TaskExecutor executor, Consumer<T> consumer) {
        this.executor = executor;
        this.consumer = consumer;
    }

    /** From any thread. */
    void post(T value) {
        if (latest.getAndSet(value) == null) {
            executor.onUiThread(() -> {
                T v = latest.getAndSet(null);
                if (v != null) {
                    consumer.accept(v);
                }
            });
        }
    }
}
