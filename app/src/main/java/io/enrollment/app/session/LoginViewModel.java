package io.enrollment.app.session;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.i18n.Messages;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.WrongPinException;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The login screen: card present? PIN, login off the UI thread, a clear message for every refusal. */
public final class LoginViewModel {
    private final OfficerSessions sessions;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cardPresent = new ReadOnlyBooleanWrapper();
    private final AuditTrail audit;

    /**
     * @param audit where refused logins are recorded (wrong PINs come from the signing module's own events)
     */
    public LoginViewModel(OfficerSessions sessions, TaskExecutor executor, Messages messages, AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        refreshCard();
        showLock();
    }

    private void showLock() {
        LockReason reason = sessions.lastLockProperty().get();
        if (reason != null) {
            say(messages.get(reason.messageKey()), reason != LockReason.LOGGED_OUT);
        } else if (!cardPresent.get()) {
            say(messages.get("login.insertCard"), false);
        }
    }

    /** Looks at the slot again (the view polls this). */
    public void refreshCard() {
        boolean was = cardPresent.get();
        cardPresent.set(sessions.slot().cardPresent());
        if (was && !cardPresent.get() && !busy.get()) {
            say(messages.get("login.insertCard"), false);
        } else if (!was && cardPresent.get() && !busy.get() && sessions.lastLockProperty().get() == null) {
            say(messages.get("login.enterPin"), false);
        }
    }

    /** Logs in with the PIN typed; the PIN field is emptied at once, whatever happens. */
    public void login() {
        if (busy.get()) {
            return;
        }
        refreshCard();
        if (!cardPresent.get()) {
            say(messages.get("login.insertCard"), true);
            return;
        }
        if (pin.get() == null || pin.get().isEmpty()) {
            say(messages.get("login.pinRequired"), true);
            return;
        }
        char[] typed = pin.get().toCharArray();
        pin.set("");
        busy.set(true);
        say(messages.get("login.checking"), false);
        executor.run(() -> {
            try {
                return sessions.slot().login(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, s -> {
            busy.set(false);
            say("", false);
            sessions.start(s);
        }, e -> {
            busy.set(false);
            say(refusal(e), true);
            if (!(e instanceof WrongPinException)) {
                audit.loginRefused(sessions.slot().description(), e instanceof SigningException s
                        ? s.error().name() + ": " + s.getMessage() : e.getClass().getSimpleName());
            }
        });
    }

    private String refusal(Exception e) {
        if (e instanceof WrongPinException w) {
            return messages.get("login.wrongPin", w.failuresInARow());
        }
        if (e instanceof SigningException s) {
            SigningError code = s.error();
            return messages.get("login.refused." + code.name().toLowerCase(java.util.Locale.ROOT));
        }
        return messages.get("login.failed", e.getClass().getSimpleName());
    }

    /** Shows a refusal that happened outside the login itself (navigation tried while locked). */
    public void refused(String text) {
        say(text, true);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cardPresentProperty() {
        return cardPresent.getReadOnlyProperty();
    }
}
