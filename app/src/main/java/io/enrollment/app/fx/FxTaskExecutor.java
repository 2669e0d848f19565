package io.enrollment.app.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The JavaFX side of {@link TaskExecutor}: work on an executor, results through {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService background;

    public FxTaskExecutor(ExecutorService background) {
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) { // the edge: every failure of a background task goes back to its screen
                Platform.runLater(() -> onFailure.accept(e));
                return;
            } catch (LinkageError | StackOverflowError e) {
                // A broken installation or a runaway task must not leave its screen "working" for ever.
                Exception wrapped = new IllegalStateException("internal error: " + e, e);
                Platform.runLater(() -> onFailure.accept(wrapped));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
