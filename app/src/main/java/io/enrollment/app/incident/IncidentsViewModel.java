package io.enrollment.app.incident;

import io.enrollment.app.selfcheck.SelfCheckTexts;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incidents screen's state (R-INC-1): every incident not closed (all of them on request), newest first, with
 * when it was detected, its report-by deadline, its status in words, and whether it is overdue — an overdue
 * row says so in its status text, not only in its colour. A supervisor closes an incident the central system
 * confirmed.
 */
public final class IncidentsViewModel {
    /**
     * One incident as the table shows it.
     *
     * @param type     the incident type's name ({@code REPEATED_WRONG_PIN}), stable for lookups
     * @param typeText the incident type in the screen's language
     * @param detail   what was seen, in the screen's language
     */
    public record Row(UUID id, String type, String typeText, String detected, String reportBy, String status, String detail,
                      boolean overdue, boolean reported) {
    }

    private final Supplier<List<Incident>> incidents;
    private final Optional<Consumer<UUID>> closer;
    private final Clock clock;
    private final ResourceBundle text;
    private final SelfCheckTexts words;
    private final DateTimeFormatter time;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param closer closes an incident as the logged-in supervisor; empty for operators (no close action)
     * @param text   the {@code selfcheck} bundle in the screen's language
     */
    public IncidentsViewModel(Supplier<List<Incident>> incidents, Optional<Consumer<UUID>> closer, Clock clock,
                              ZoneId zone, ResourceBundle text) {
        this.incidents = incidents;
        this.closer = closer;
        this.clock = clock;
        this.text = text;
        this.words = new SelfCheckTexts(text.getLocale());
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        showAll.addListener((o, a, b) -> refresh());
    }

    /** Reads the register again. */
    public void refresh() {
        Instant now = clock.instant();
        List<Incident> all = incidents.get();
        long unresolved = all.stream().filter(i -> !i.status().isReported()).count();
        long overdue = all.stream().filter(i -> i.isOverdue(now)).count();
        summary.set(MessageFormat.format(text.getString("incidents.summary"), unresolved, overdue));
        rows.setAll(all.stream().filter(i -> showAll.get() || i.status() != IncidentStatus.CLOSED).map(i -> row(i, now)).toList());
    }

    private Row row(Incident i, Instant now) {
        boolean overdue = i.isOverdue(now);
        String status = text.getString("incidents.status." + i.status().name());
        // the deadline is exclusive: show the last minute that is still in time
        return new Row(i.id(), i.type().name(), words.incidentType(i.type()), time.format(i.detectedAt()),
                time.format(i.reportBy().minusSeconds(60)),
                overdue ? MessageFormat.format(text.getString("incidents.overdueStatus"), status) : status,
                words.render(i.detail()), overdue, i.status() == IncidentStatus.REPORTED);
    }

    /** Whether this officer may close incidents (supervisors). */
    public boolean canClose() {
        return closer.isPresent();
    }

    /** Closes the selected incident (supervisors; only once the central system confirmed it). */
    public void close(Row row) {
        if (closer.isEmpty()) {
            return;
        }
        if (row == null) {
            message.set(text.getString("incidents.selectFirst"));
            return;
        }
        if (!row.reported()) {
            message.set(text.getString("incidents.closeNotReported"));
            return;
        }
        closer.get().accept(row.id());
        message.set(text.getString("incidents.closeDone"));
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
