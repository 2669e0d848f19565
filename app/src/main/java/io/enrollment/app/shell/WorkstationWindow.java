package io.enrollment.app.shell;

import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.fx.DialogService;
import io.enrollment.app.fx.FxDialogService;
import io.enrollment.app.fx.FxTaskExecutor;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.selfcheck.SelfCheckContext;
import io.enrollment.app.session.OfficerSessions;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.qc.face.FaceChecker;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.voice.SpeechRecognizerSource;
import io.enrollment.qc.voice.VoiceChecker;
import io.enrollment.qc.voice.VoiceQualityControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, wires the workstation, shows its window and waits until it is closed. */
public final class WorkstationWindow {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationWindow.class);

    private WorkstationWindow() {
    }

    /** What {@link #open} built, for tests and screenshots. */
    public record Opened(Scene scene, WorkstationShell shell, OfficerSessions sessions, Workstation workstation,
                         ExecutorService background, ScheduledExecutorService scheduler, Timeline tick,
                         WorkstationDuties duties) implements AutoCloseable {
        /** Closes the window's work: the stores stay open until a self-check in progress has finished. */
        @Override
        public void close() {
            tick.stop();
            sessions.current().ifPresent(s -> sessions.lock(io.enrollment.app.session.LockReason.LOGGED_OUT));
            duties.close();
            if (!duties.awaitIdle(Duration.ofSeconds(30))) {
                LOG.warn("closing while a self-check is still running");
            }
            scheduler.shutdownNow();
            background.shutdownNow();
            workstation.close();
        }
    }

    /**
     * Wires the workstation for {@code config} and builds its scene (call on the FX thread); a demo gets its
     * cards made and the operator card inserted.
     */
    public static Opened open(WorkstationConfig config, Locale locale, Clock clock, Duration idleLock, Stage owner) throws Exception {
        return open(config, locale, clock, idleLock, new FxDialogService(() -> owner));
    }

    /** As {@link #open(WorkstationConfig, Locale, Clock, Duration, Stage)}, with the dialogs given (tests answer them). */
    public static Opened open(WorkstationConfig config, Locale locale, Clock clock, Duration idleLock, DialogService dialogs)
            throws Exception {
        return open(config, locale, clock, idleLock, dialogs, SelfCheckContext.Options.running());
    }

    /**
     * As {@link #open(WorkstationConfig, Locale, Clock, Duration, DialogService)}, with the self-check's options
     * (tests give an installation with an integrity manifest).
     */
    public static Opened open(WorkstationConfig config, Locale locale, Clock clock, Duration idleLock, DialogService dialogs,
                              SelfCheckContext.Options selfCheckOptions) throws Exception {
        Optional<DemoCards> cards = Optional.empty();
        if (config.demo()) {
            Path slot = Path.of(config.softwareToken());
            cards = Optional.of(DemoCards.prepare(slot.getParent(), slot, DemoEnvironment.DEMO_PIN.toCharArray(), clock));
            cards.get().insert(DemoCards.Card.OPERATOR);
        }
        Workstation ws = Workstation.open(config, clock, cards, selfCheckOptions);
        ExecutorService background = Executors.newFixedThreadPool(2, daemon("workstation-task"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("workstation-watch"));
        TaskExecutor executor = new FxTaskExecutor(background);
        OfficerSessions sessions = new OfficerSessions(ws.slot(), scheduler, executor, clock, idleLock);
        Scene scene = new Scene(new Pane(), 1200, 800);
        Language language = "ru".equals(locale.getLanguage()) ? Language.RU : Language.EN;
        Optional<VoiceQualityControl> voiceQc = ws.profile().requires(io.enrollment.core.Modality.VOICE)
                ? Optional.of(new VoiceQualityControl(ws.profile(), Optional.ofNullable(System.getenv(VoiceChecker.MODEL_VARIABLE))
                        .filter(s -> !s.isBlank()).map(Path::of).map(SpeechRecognizerSource::vosk)
                        .orElse(SpeechRecognizerSource.none("no Russian speech model is configured (" + VoiceChecker.MODEL_VARIABLE + ")"))))
                : Optional.empty();
        WorkstationShell[] shellRef = new WorkstationShell[1];
        WorkstationDuties duties = new WorkstationDuties(ws, executor, scheduler, () -> shellRef[0] != null && shellRef[0].enrolling());
        WorkstationShell shell = new WorkstationShell(ws, sessions, executor, dialogs,
                new FaceChecker(language), voiceQc, scene, locale, duties.runs());
        shellRef[0] = shell;
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(2), e -> {
            shell.refresh();
            sessions.checkIdle();
        }));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
        duties.startupCheck();
        return new Opened(scene, shell, sessions, ws, background, scheduler, tick, duties);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs the GUI on this thread's behalf until the window closes.
     *
     * @param closeAfter close by itself after this long (installation smoke tests), or null
     * @return the process exit code
     */
    public static int runUntilClosed(WorkstationConfig config, Duration closeAfter) {
        CountDownLatch closed = new CountDownLatch(1);
        int[] exit = {0};
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Opened opened;
            try {
                opened = open(config, Locale.getDefault(), Clock.systemUTC(), config.officers().idleLock(), stage);
            } catch (Exception e) { // the edge: the workstation cannot start; say why and exit
                LOG.error("the workstation cannot start: {}", e.getMessage(), e);
                System.err.println("workstation: cannot start: " + e.getMessage());
                exit[0] = 1;
                closed.countDown();
                return;
            }
            stage.setScene(opened.scene());
            stage.setTitle(opened.shell().messages().get("app.title") + " — " + config.workstationId());
            stage.setOnHidden(e -> {
                opened.close();
                closed.countDown();
            });
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
        return exit[0];
    }
}
