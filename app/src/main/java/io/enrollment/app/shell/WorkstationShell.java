package io.enrollment.app.shell;

import io.enrollment.app.audit.AuditTrail;
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
import io.enrollment.app.incident.IncidentsView;
import io.enrollment.app.incident.IncidentsViewModel;
import io.enrollment.app.queue.QueueView;
import io.enrollment.app.queue.QueueViewModel;
import io.enrollment.app.review.SupervisorView;
import io.enrollment.app.review.SupervisorViewModel;
import io.enrollment.app.selfcheck.SelfCheckRuns;
import io.enrollment.app.selfcheck.SelfCheckScreen;
import io.enrollment.app.selfcheck.SelfCheckService;
import io.enrollment.app.selfcheck.SelfCheckViewModel;
import io.enrollment.app.session.LockReason;
import io.enrollment.app.session.LoginView;
import io.enrollment.app.session.LoginViewModel;
import io.enrollment.app.session.OfficerSessions;
import io.enrollment.app.settings.SettingsView;
import io.enrollment.app.settings.SettingsViewModel;
import io.enrollment.app.shell.ScreenAccess.Destination;
import io.enrollment.core.Officer;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.SelfCheckReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.voice.VoiceQualityControl;
import io.enrollment.signing.OfficerSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The workstation's window content for one language: header (officer, language, large type, log out, the
 * demo card reader), the screen in the middle, the status bar. Navigates between login, home, enrollment,
 * queue, self-check, incidents, review and settings — every way there (buttons and the function keys F2–F7)
 * goes through {@link ScreenAccess}, so a screen tried without its role or while locked is refused and
 * recorded. An enrollment starts only when the self-check gate allows it (R-SELF-1); the reasons are shown on
 * the home panel. Locks go back to login. Switching language rebuilds it on the same scene.
 */
public final class WorkstationShell {
    private final Workstation ws;
    private final OfficerSessions sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SampleChecker faceChecker;
    private final Optional<VoiceQualityControl> voiceQc;
    private final Scene scene;
    private final SelfCheckRuns runs;
    private final ScreenAccess access;
    private final AuditTrail audit;
    private final SelfCheckService selfCheck;
    private Messages messages;
    private MainWindowView window;
    private MainWindowViewModel status;
    private Screen current;
    private LoginViewModel login;
    private boolean largeType;
    private boolean enrolling;
    private Consumer<LockReason> wizardLock;
    private final Label gateLabel = new Label();
    private final Label accessLabel = new Label();
    private final VBox gateBox = new VBox(8);

    public WorkstationShell(Workstation ws, OfficerSessions sessions, TaskExecutor executor, DialogService dialogs,
                            SampleChecker faceChecker, Optional<VoiceQualityControl> voiceQc, Scene scene, Locale locale,
                            SelfCheckRuns runs) {
        this.ws = ws;
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.faceChecker = faceChecker;
        this.voiceQc = voiceQc;
        this.scene = scene;
        this.runs = runs;
        this.audit = ws.records().audit();
        this.selfCheck = ws.records().selfCheck().service();
        this.access = new ScreenAccess(audit, ws.records().incidents());
        scene.addEventFilter(InputEvent.ANY, e -> sessions.touch());
        sessions.addLockListener(reason -> showLogin());
        sessions.sessionProperty().addListener((o, a, s) -> officerChanged(s));
        sessions.addStartListener(s -> {
            access.sessionStarted();
            audit.login(s.officer(), s.tokenDescription());
        });
        sessions.addEndListener(this::sessionEnding);
        runs.addFinishedListener(this::refresh);
        installShortcuts();
        gateLabel.setId("enrollmentGate");
        gateLabel.setWrapText(true);
        gateLabel.getStyleClass().add("message-error");
        accessLabel.setId("accessMessage");
        accessLabel.setWrapText(true);
        accessLabel.getStyleClass().add("message-error");
        build(locale);
    }

    /** Each screen of the navigation has a function key (shown in its button's tooltip). */
    private void installShortcuts() {
        KeyCode[] keys = {KeyCode.F2, KeyCode.F3, KeyCode.F4, KeyCode.F5, KeyCode.F6, KeyCode.F7};
        Destination[] destinations = Destination.values();
        for (int i = 0; i < destinations.length; i++) {
            Destination d = destinations[i];
            scene.getAccelerators().put(new KeyCodeCombination(keys[i]), () -> {
                if (!enrolling) { // the wizard is left by its own buttons only (cancel discards, receipt closes)
                    navigate(d);
                }
            });
        }
    }

    private static String shortcut(Destination d) {
        return "F" + (d.ordinal() + 2);
    }

    private void sessionEnding(OfficerSession s, LockReason reason) {
        audit.logout(s.officer(), reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        access.sessionEnded();
        // anchor the trail with the officer's own token while it can still sign; after a card removal, the workstation key
        if (reason == LockReason.CARD_REMOVED || !s.isOpen() || ws.records().anchoring().withSession(s).isEmpty()) {
            executor.run(() -> ws.records().anchoring().withWorkstationKey(), r -> { }, e -> { });
        }
    }

    /** (Re)builds every view in {@code locale}; the session and the queue stay as they are. */
    public void build(Locale locale) {
        if (current != null) {
            current.detach();
            current = null;
        }
        messages = new Messages(locale);
        status = new MainWindowViewModel(messages, new QueueStatusSource(ws.config(), ws.queue(), ws.central(), this::selfCheckState),
                ws.config().zone());
        window = new MainWindowView(status, messages);
        scene.setRoot(window.root());
        gateBox.getChildren().setAll(gateLabel, Views.button("openSelfCheckFromGate", messages.get("gate.openSelfCheck"),
                () -> navigate(Destination.SELF_CHECK)));
        gateBox.managedProperty().bind(gateBox.visibleProperty());
        accessLabel.managedProperty().bind(accessLabel.visibleProperty());
        window.home().getChildren().removeAll(gateBox, accessLabel);
        window.home().getChildren().addAll(gateBox, accessLabel);
        applyLargeType();
        headerActions();
        officerChanged(sessions.current().orElse(null));
    }

    private QueueStatusSource.SelfCheckState selfCheckState() {
        Optional<SelfCheckReport> last = selfCheck.last();
        Optional<String> running = runs.runningProperty().get()
                ? Optional.of((runs.itemProperty().get().isEmpty() ? ""
                        : new io.enrollment.app.selfcheck.SelfCheckTexts(messages.locale()).item(runs.itemProperty().get()))
                        + " (" + Math.round(runs.progressProperty().get() * 100) + " %)")
                : Optional.empty();
        return new QueueStatusSource.SelfCheckState(last.map(SelfCheckReport::finishedAt), running,
                !selfCheck.enrollmentStatus().allowed());
    }

    private void headerActions() {
        Button language = Views.button("languageButton", messages.get("shell.language.other"), () -> {
            Locale next = "ru".equals(messages.locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
            audit.settingChanged(sessions.current().map(OfficerSession::officer).orElse(null), "display.language", next.getLanguage());
            build(next);
        });
        ToggleButton large = new ToggleButton(messages.get("shell.largeType"));
        large.setId("largeTypeButton");
        large.setSelected(largeType);
        large.selectedProperty().addListener((o, a, on) -> {
            largeType = on;
            audit.settingChanged(sessions.current().map(OfficerSession::officer).orElse(null), "display.large-type", on ? "on" : "off");
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
        accessLabel.setVisible(false);
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
        FlowPane actions = window.homeActions();
        actions.getChildren().setAll(
                navButton("startEnrollment", "home.enroll", Destination.ENROLLMENT),
                navButton("openQueue", "home.queue", Destination.QUEUE),
                navButton("openSelfCheck", "home.selfcheck", Destination.SELF_CHECK),
                navButton("openIncidents", "home.incidents", Destination.INCIDENTS),
                navButton("openSettings", "home.settings", Destination.SETTINGS));
        if (Destination.REVIEW.allows(o.role())) {
            actions.getChildren().add(2, navButton("openReview", "home.review", Destination.REVIEW));
        }
        actions.getChildren().get(0).getStyleClass().add("primary");
        // In large type and Russian the labels are long: buttons keep their whole text and the row wraps.
        actions.getChildren().forEach(n -> ((Button) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    }

    private Button navButton(String id, String key, Destination d) {
        Button b = Views.button(id, messages.get(key), () -> navigate(d));
        b.setTooltip(new Tooltip(shortcut(d)));
        return b;
    }

    /** Opens a screen of the navigation, if this officer may (refusals are audited, and shown). */
    public void navigate(Destination d) {
        Optional<ScreenAccess.Refusal> refused = access.check(d, sessions.current().map(OfficerSession::officer));
        if (refused.isPresent()) {
            if (refused.get() == ScreenAccess.Refusal.LOCKED) {
                if (login != null) {
                    login.refused(messages.get("access.denied.locked"));
                }
            } else {
                showHome();
                accessLabel.setText(messages.get("access.denied.role", messages.get(screenKey(d))));
                accessLabel.setVisible(true);
            }
            return;
        }
        accessLabel.setVisible(false);
        switch (d) {
            case ENROLLMENT -> startEnrollment();
            case QUEUE -> show(queueScreen());
            case SELF_CHECK -> show(selfCheckScreen());
            case INCIDENTS -> show(incidentsScreen(sessions.officer()));
            case REVIEW -> show(new SupervisorView(new SupervisorViewModel(ws.vault(), sessions, executor, dialogs, messages,
                    ws.config().zone(), audit), messages, this::showHome));
            default -> show(settingsScreen(sessions.officer()));
        }
    }

    private static String screenKey(Destination d) {
        switch (d) {
            case ENROLLMENT:
                return "home.enroll";
            case QUEUE:
                return "home.queue";
            case SELF_CHECK:
                return "home.selfcheck";
            case INCIDENTS:
                return "home.incidents";
            case REVIEW:
                return "home.review";
            default:
                return "home.settings";
        }
    }

    /** Starts an enrollment when the self-check gate allows it; otherwise shows why not (R-SELF-1). */
    private void startEnrollment() {
        List<String> blocked = gateReasons();
        if (!blocked.isEmpty()) {
            showHome();
            return;
        }
        EnrollmentServices services = new EnrollmentServices(ws.profile(), ws.config().workstationId(), ws.config().place(),
                ws.config().zone(), ws.clock(), ws.devices(), faceChecker, voiceQc,
                new RejectionRecorder(ws.vault(), ws.queue(), ws.sealer(), ws.clock(), audit, this::wakeCentral),
                new PackageSubmitter(ws.sealer(), ws.queue(), ws.records().verifier(), ws.records().incidents(), audit,
                        this::wakeCentral),
                sessions, executor, dialogs, messages, audit);
        EnrollmentWizardViewModel[] wizard = new EnrollmentWizardViewModel[1];
        wizard[0] = new EnrollmentWizardViewModel(services, () -> {
            sessions.removeLockListener(wizardLock);
            enrolling = false;
            status.refresh();
            if (sessions.current().isPresent()) {
                showHome();
            }
        });
        wizardLock = reason -> wizard[0].discard();
        sessions.addLockListener(wizardLock);
        enrolling = true;
        show(new EnrollmentWizardView(wizard[0], messages));
    }

    private void wakeCentral() {
        ws.central().ifPresent(CentralLink::wake);
    }

    /** Why an enrollment may not start now; empty when it may. */
    private List<String> gateReasons() {
        if (runs.active()) {
            return List.of(messages.get("gate.running"));
        }
        EnrollmentGate.Decision d = selfCheck.enrollmentStatus();
        io.enrollment.app.selfcheck.SelfCheckTexts words = new io.enrollment.app.selfcheck.SelfCheckTexts(messages.locale());
        return d.allowed() ? List.of() : d.reasons().stream().map(words::render).toList();
    }

    private void refreshGate() {
        List<String> reasons = gateReasons();
        gateLabel.setText(reasons.isEmpty() ? "" : messages.get("gate.blocked") + "\n• " + String.join("\n• ", reasons));
        gateBox.setVisible(!reasons.isEmpty());
    }

    /** Whether an enrollment wizard is open (the weekly self-check waits for it to close). */
    public boolean enrolling() {
        return enrolling;
    }

    private Screen queueScreen() {
        return new QueueView(new QueueViewModel(ws.queue(), ws.central(), executor, messages, ws.config().zone(), ws.clock()), messages, this::showHome);
    }

    private Screen selfCheckScreen() {
        return new SelfCheckScreen(SelfCheckViewModel.of(selfCheck, runs), messages.locale(), ws.config().zone(), this::showHome);
    }

    private Screen incidentsScreen(Officer o) {
        ResourceBundle text = ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, messages.locale());
        Optional<Consumer<UUID>> closer = o.role() == Officer.Role.SUPERVISOR
                ? Optional.of(id -> ws.records().incidents().close(id, AuditTrail.actor(o))) : Optional.empty();
        return new IncidentsView(new IncidentsViewModel(ws.records().incidents()::list, closer, ws.clock(), ws.config().zone(), text),
                text, this::showHome);
    }

    private Screen settingsScreen(Officer o) {
        return new SettingsView(new SettingsViewModel(ws, messages, executor, o.role() == Officer.Role.SUPERVISOR), messages, this::showHome);
    }

    private void showLogin() {
        login = new LoginViewModel(sessions, executor, messages, audit);
        show(new LoginView(login, messages));
    }

    private void showHome() {
        status.refresh();
        refreshGate();
        show(null);
    }

    /** The window's timer: status bar and the home panel's gate. */
    public void refresh() {
        status.refresh();
        if (current == null) {
            refreshGate();
        }
    }

    private void show(Screen screen) {
        if (current != null) {
            current.detach();
        }
        current = screen;
        window.showContent(screen == null ? null : screen.root());
        if (screen != null) {
            screen.attach();
            // a screen that did not put the focus on its first field starts at its first control: the focus
            // must not stay behind on the screen just left (or nowhere)
            if (!Views.within(scene.getFocusOwner(), screen.root())) {
                Views.focusFirstControl(screen.root());
            }
        } else if (!window.homeActions().getChildren().isEmpty()) {
            // back home, the keyboard starts at its first button (the focus was on the screen just left)
            Views.focusIfAble(window.homeActions().getChildren().get(0));
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
