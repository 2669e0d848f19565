package io.enrollment.app.shell;

import io.enrollment.app.i18n.Messages;
import io.enrollment.installer.WorkstationConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, shows the main window and waits until it is closed. */
public final class WorkstationWindow {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationWindow.class);

    private WorkstationWindow() {
    }

    /** Builds the main window's scene for {@code config}; the caller shows it. */
    public static Scene scene(WorkstationConfig config, Locale locale) {
        Messages messages = new Messages(locale);
        MainWindowViewModel model = new MainWindowViewModel(messages, new ConfigStatusSource(config), config.zone());
        Scene scene = new Scene(new MainWindowView(model, messages).root(), 1100, 720);
        // The status bar follows the queue and self-check as they change.
        Timeline refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(2), e -> model.refresh()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
        return scene;
    }

    /**
     * Runs the GUI on this thread's behalf until the window closes.
     *
     * @param closeAfter close by itself after this long (installation smoke tests), or null
     * @return the process exit code
     */
    public static int runUntilClosed(WorkstationConfig config, Duration closeAfter) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(scene(config, Locale.getDefault()));
            stage.titleProperty().bind(((javafx.scene.control.Label) stage.getScene().lookup("#titleLabel")).textProperty());
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
            LOG.info("main window shown: workstation {}, profile {}", config.workstationId(), config.profileId());
            if (closeAfter != null) {
                PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(closeAfter.toMillis()));
                pause.setOnFinished(e -> stage.close());
                pause.play();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        try {
            Thread.sleep(TimeUnit.MILLISECONDS.toMillis(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
