package io.enrollment.app.selfcheck;

import io.enrollment.app.fx.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The running application's self-check runs: one at a time, in the background, with progress for the
 * status bar and the self-check screen. Started at start-up when due, by the operator, by the weekly timer and
 * by a request of the weekly job ({@link SelfCheckRequests}). Properties change on the UI thread.
 */
public final class SelfCheckRuns {
    /** What one run does (the service's run), telling progress as it goes. */
    @FunctionalInterface
    public interface Work {
        SelfCheckService.Outcome run(String trigger, SelfCheckRunner.Progress progress) throws Exception;
    }

    private final TaskExecutor executor;
    private final Work work;
    private final Object lock = new Object();
    private boolean active;
    private volatile boolean cancelled;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trigger = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final List<Runnable> finishedListeners = new ArrayList<>();

    public SelfCheckRuns(TaskExecutor executor, Work work) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Starts a run unless one is running (call on the UI thread).
     *
     * @param done told on the UI thread with the outcome (not when it failed: {@link #errorProperty()} says why)
     * @return false when a run was already going on (nothing started)
     */
    public boolean start(String why, Consumer<SelfCheckService.Outcome> done) {
        synchronized (lock) {
            if (active || cancelled) {
                return false;
            }
            active = true;
        }
        running.set(true);
        progress.set(0);
        item.set("");
        trigger.set(why);
        error.set("");
        executor.run(() -> {
            try {
                return work.run(why, (index, total, name) -> {
                    if (cancelled) {
                        // shutting down: stop before the next item; an aborted run stores no report
                        throw new java.util.concurrent.CancellationException("the self-check was stopped: the application is closing");
                    }
                    executor.onUiThread(() -> {
                        progress.set(total == 0 ? 1 : (double) index / total);
                        item.set(name);
                    });
                });
            } finally {
                synchronized (lock) {
                    active = false;
                    lock.notifyAll();
                }
            }
        }, outcome -> {
            finish();
            done.accept(outcome);
        }, e -> {
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            finish();
        });
        return true;
    }

    private void finish() {
        running.set(false);
        progress.set(1);
        item.set("");
        finishedListeners.forEach(Runnable::run);
    }

    /** Stops a run in progress before its next item, and refuses new ones (the application is closing). */
    public void cancel() {
        cancelled = true;
    }

    /** Told on the UI thread after each run, whatever its outcome. */
    public void addFinishedListener(Runnable listener) {
        finishedListeners.add(listener);
    }

    /** Whether a run is in progress (any thread; the background work's view, not the properties'). */
    public boolean active() {
        synchronized (lock) {
            return active;
        }
    }

    /**
     * Waits until no run is in progress, at most {@code limit} (shutting down: the stores must not close under a run).
     *
     * @return whether it is idle now
     */
    public boolean awaitIdle(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (active) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return !active;
                }
            }
            return true;
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1: the share of items done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The item being checked now (its id), empty between runs. */
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** Why the current or last run was started: startup, operator, schedule. */
    public ReadOnlyStringProperty triggerProperty() {
        return trigger.getReadOnlyProperty();
    }

    /** Why the last run failed as a whole (the report could not be stored …); empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
