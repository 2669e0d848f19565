package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.subject.Consent;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The consent step: the profile's consent text, and the subject's acceptance recorded with time and officer (R-GEN-2). */
public final class ConsentStepViewModel {
    private final Messages messages;
    private final Profile profile;
    private final Clock clock;
    private final BooleanProperty accepted = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ConsentStepViewModel(Messages messages, Profile profile, Clock clock) {
        this.messages = messages;
        this.profile = profile;
        this.clock = clock;
    }

    public String text() {
        return messages.get("consent.text." + profile.consentTextVersion());
    }

    public String version() {
        return messages.get("consent.version", profile.consentTextVersion());
    }

    /** Records the consent; refuses without the subject's acceptance. */
    public boolean commit(Enrollment enrollment, String officerDn) {
        if (!accepted.get()) {
            error.set(messages.get("consent.error.notAccepted"));
            return false;
        }
        error.set("");
        if (enrollment.consent().isEmpty()) {
            enrollment.consent(Consent.given(profile.consentTextVersion(), clock.instant(), officerDn));
        }
        return true;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
