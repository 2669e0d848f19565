package io.enrollment.app.shell;

import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.enroll.EnrollmentServices;
import io.enrollment.app.enroll.EnrollmentWizardView;
import io.enrollment.app.enroll.EnrollmentWizardViewModel;
import io.enrollment.app.enroll.PackageSubmitter;
import io.enrollment.app.enroll.RejectionRecorder;
import io.enrollment.app.fx.DialogService;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import io.enrollment.app.queue.QueueView;
import io.enrollment.app.queue.QueueViewModel;
import io.enrollment.app.review.SupervisorView;
import io.enrollment.app.review.SupervisorViewModel;
import io.enrollment.app.session.LockReason;
import io.enrollment.app.session.LoginView;
import io.enrollment.app.session.LoginViewModel;
import io.enrollment.app.session.OfficerSessions;
import io.enrollment.app.settings.SettingsView;
import io.enrollment.app.settings.SettingsViewModel;
import io.enrollment.core.Officer;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.voice.VoiceQualityControl;
import io.enrollment.signing.OfficerSession;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.InputEvent;

/**
 * The workstation's window content for one language: header (officer, language, large type, log out, the
 * demo card reader), the screen in the middle, the status bar. Navigates between login, home, enrollment,
 * queue, review and settings; locks go back to login. Switching language rebuilds it on the same scene.
 */
public final class WorkstationShell {
    private final Workstation ws;
    private final OfficerSessions sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SampleChecker faceChecker;
    private final Optional<VoiceQualityControl> voiceQc;
    private final Scene scene;
    private Messages messages;
    private MainWindowView window;
    private MainWindowViewModel status;
    private Screen current;
    private boolean largeType;
    private Consumer<LockReason> wizardLock;

    public WorkstationShell(Workstation ws, OfficerSessions sessions, TaskExecutor executor, DialogService dialogs,
                            SampleChecker faceChecker, Optional<VoiceQualityControl> voiceQc, Scene scene, Locale locale) {
        this.ws = ws;
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.faceChecker = faceChecker;
        this.voiceQc = voiceQc;
        this.scene = scene;
        scene.addEventFilter(InputEvent.ANY, e -> sessions.touch());
        sessions.addLockListener(reason -> showLogin());
        sessions.sessionProperty().addListener((o, a, s) -> officerChanged(s));
        build(locale);
    }

    /** (Re)builds every view in {@code locale}; the session and the queue stay as they are. */
    public void build(Locale locale) {
        if (current != null) {
            current.detach();
            current = null;
        }
        messages = new Messages(locale);
        status = new MainWindowViewModel(messages, new QueueStatusSource(ws.config(), ws.queue(), ws.central()), ws.config().zone());
        window = new MainWindowView(status, messages);
        scene.setRoot(window.root());
        applyLargeType();
        headerActions();
        officerChanged(sessions.current().orElse(null));
    }

    private void headerActions() {
        Button language = Views.button("languageButton", messages.get("shell.language.other"),
                () -> build("ru".equals(messages.locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru")));
        ToggleButton large = new ToggleButton(messages.get("shell.largeType"));
        large.setId("largeTypeButton");
        large.setSelected(largeType);
        large.selectedProperty().addListener((o, a, on) -> {
            largeType = on;
            applyLargeType();
        });
        Button logout = Views.button("logoutButton", messages.get("shell.logout"), () -> sessions.lock(LockReason.LOGGED_OUT));
        logout.visibleProperty().bind(sessions.sessionProperty().isNotNull());
        logout.managedProperty().bind(logout.visibleProperty());
        window.headerActions().getChildren().setAll(language, large, logout);
        ws.demoCards().ifPresent(cards -> window.demoActions().getChildren().setAll(
                Views.button("demoInsertOperator", messages.get("demo.insertOperator"), () -> cards.insert(DemoCards.Card.OPERATOR)),
                Views.button("demoInsertSupervisor", messages.get("demo.insertSupervisor"), () -> cards.insert(DemoCards.Card.SUPERVISOR)),
                Views.button("demoRemoveCard", messages.get("demo.removeCard"), cards::remove)));
    }

    private void applyLargeType() {
        window.root().getStyleClass().remove("large-type");
        if (largeType) {
            window.root().getStyleClass().add("large-type");
        }
    }

    private void officerChanged(OfficerSession s) {
        if (s == null) {
            window.officerLabel().setText("");
            showLogin();
            return;
        }
        Officer o = s.officer();
        window.officerLabel().setText(messages.get("shell.officer", commonName(o.subjectDn()),
                messages.get("role." + o.role().name().toLowerCase(Locale.ROOT))) + (s.isSoftware() ? " · DEMO" : ""));
        homeActions(o);
        showHome();
    }

    private void homeActions(Officer o) {
        window.homeActions().getChildren().setAll(
                Views.button("startEnrollment", messages.get("home.enroll"), this::startEnrollment),
                Views.button("openQueue", messages.get("home.queue"), () -> show(queueScreen())),
                Views.button("openSettings", messages.get("home.settings"), () -> show(settingsScreen(o))));
        if (o.role() == Officer.Role.SUPERVISOR) {
            window.homeActions().getChildren().add(2, Views.button("openReview", messages.get("home.review"),
                    () -> show(new SupervisorView(new SupervisorViewModel(ws.vault(), sessions, executor, dialogs, messages,
                            ws.config().zone()), messages, this::showHome))));
        }
        window.homeActions().getChildren().get(0).getStyleClass().add("primary");
    }

    private void startEnrollment() {
        EnrollmentServices services = new EnrollmentServices(ws.profile(), ws.config().workstationId(), ws.config().place(),
                ws.config().zone(), ws.clock(), ws.devices(), faceChecker, voiceQc,
                new RejectionRecorder(ws.vault(), ws.queue(), ws.sealer(), ws.clock(), () -> ws.central().ifPresent(CentralLink::wake)), new PackageSubmitter(ws.sealer(), ws.queue(), () -> ws.central().ifPresent(CentralLink::wake)),
                sessions, executor, dialogs, messages);
        EnrollmentWizardViewModel[] wizard = new EnrollmentWizardViewModel[1];
        wizard[0] = new EnrollmentWizardViewModel(services, () -> {
            sessions.removeLockListener(wizardLock);
            status.refresh();
            if (sessions.current().isPresent()) {
                showHome();
            }
        });
        wizardLock = reason -> wizard[0].discard();
        sessions.addLockListener(wizardLock);
        show(new EnrollmentWizardView(wizard[0], messages));
    }

    private Screen queueScreen() {
        return new QueueView(new QueueViewModel(ws.queue(), ws.central(), executor, messages, ws.config().zone(), ws.clock()), messages, this::showHome);
    }

    private Screen settingsScreen(Officer o) {
        return new SettingsView(new SettingsViewModel(ws, messages, executor, o.role() == Officer.Role.SUPERVISOR), messages, this::showHome);
    }

    private void showLogin() {
        show(new LoginView(new LoginViewModel(sessions, executor, messages), messages));
    }

    private void showHome() {
        status.refresh();
        show(null);
    }

    private void show(Screen screen) {
        if (current != null) {
            current.detach();
        }
        current = screen;
        window.showContent(screen == null ? null : screen.root());
        if (screen != null) {
            screen.attach();
        }
    }

    /** The status bar's model (refreshed by the window's timer). */
    public MainWindowViewModel status() {
        return status;
    }

    public Messages messages() {
        return messages;
    }

    private static String commonName(String dn) {
        for (String part : dn.split(",")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return dn;
    }
}
