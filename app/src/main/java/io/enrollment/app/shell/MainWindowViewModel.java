package io.enrollment.app.shell;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's state as text, ready to bind; no controls here (MVVM). */
public final class MainWindowViewModel {
    private final Messages messages;
    private final StatusSource source;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper profile = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper workstation = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper queue = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selfCheck = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper central = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper modalities = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper selfCheckBlocked = new ReadOnlyBooleanWrapper();

    public MainWindowViewModel(Messages messages, StatusSource source, ZoneId zone) {
        this.messages = messages;
        this.source = source;
        this.zone = zone;
        refresh();
    }

    /** Reads the source again; call on the FX thread. */
    public void refresh() {
        StatusSnapshot s = source.current();
        Profile p = ProfileLoader.builtIn(s.profileId());
        title.set(messages.get("app.title"));
        profile.set(messages.get("status.profile", p.id()));
        profileName.set(messages.get("home.profile", p.id(), p.displayName()));
        workstation.set(messages.get("status.workstation", s.workstationId(), s.place()));
        queue.set(s.queueSize().isPresent() ? messages.get("status.queue", s.queueSize().getAsInt())
                : messages.get("status.queue.none"));
        String last = s.lastSelfCheck()
                .map(t -> messages.get("status.selfcheck", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(messages.locale()).format(t.atZone(zone))))
                .orElse(messages.get("status.selfcheck.never"));
        if (s.selfCheckRunning().isPresent()) {
            last = messages.get("status.selfcheck.running", s.selfCheckRunning().get());
        } else if (s.enrollmentBlocked()) {
            last = messages.get("status.selfcheck.blocked", last);
        }
        selfCheck.set(last);
        selfCheckBlocked.set(s.enrollmentBlocked() && s.selfCheckRunning().isEmpty());
        modalities.set(p.requiredModalities().stream().map(m -> messages.get("modality." + m.code()))
                .collect(Collectors.joining(", ")));
        demo.set(s.demo());
        central.set(messages.get("status.central." + s.central().name().toLowerCase(java.util.Locale.ROOT)));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workstationProperty() {
        return workstation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selfCheckProperty() {
        return selfCheck.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty centralProperty() {
        return central.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modalitiesProperty() {
        return modalities.getReadOnlyProperty();
    }

    /** Whether the status bar's self-check part warns (enrollment blocked). */
    public ReadOnlyBooleanProperty selfCheckBlockedProperty() {
        return selfCheckBlocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** For tests: the modalities this profile collects. */
    boolean collects(Modality m) {
        return ProfileLoader.builtIn(source.current().profileId()).requires(m);
    }
}
