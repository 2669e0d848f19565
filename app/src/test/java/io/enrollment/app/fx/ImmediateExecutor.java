package io.enrollment.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: tests drive view models step by step with it. */
public final class ImmediateExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
