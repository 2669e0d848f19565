package io.enrollment.app.selfcheck;

import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The self-check and incidents screen's state: the last report's items, the enrollment gate with its reasons,
 * and the incident register (overdue incidents flagged). No controls here; the view binds to it.
 */
public final class SelfCheckViewModel {
    /** One incident as a row; {@code overdue} rows are shown in red. */
    public record IncidentRow(Incident incident, boolean overdue) {
    }

    private final Supplier<Optional<SelfCheckReport>> lastReport;
    private final Supplier<EnrollmentGate.Decision> gate;
    private final Supplier<List<Incident>> incidents;
    private final Runnable runSelfCheck;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<ItemResult> items = FXCollections.observableArrayList();
    private final ObservableList<IncidentRow> incidentRows = FXCollections.observableArrayList();
    private final BooleanProperty allowed = new SimpleBooleanProperty(false);
    private final StringProperty gateText = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Instant> lastRun = new javafx.beans.property.SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public SelfCheckViewModel(Supplier<Optional<SelfCheckReport>> lastReport, Supplier<EnrollmentGate.Decision> gate,
                              Supplier<List<Incident>> incidents, Runnable runSelfCheck, TaskExecutor executor, Clock clock) {
        this.lastReport = lastReport;
        this.gate = gate;
        this.incidents = incidents;
        this.runSelfCheck = runSelfCheck;
        this.executor = executor;
        this.clock = clock;
    }

    /** Wires the view model to a workstation's self-check service and incident register. */
    public static SelfCheckViewModel of(SelfCheckContext ctx, TaskExecutor executor, Clock clock) {
        return new SelfCheckViewModel(ctx.service()::last, ctx.service()::enrollmentStatus, ctx.incidents()::list,
                () -> ctx.service().run("operator"), executor, clock);
    }

    /** Reloads the report, the gate and the incidents. */
    public void refresh() {
        Optional<SelfCheckReport> report = lastReport.get();
        items.setAll(report.map(SelfCheckReport::items).orElse(List.of()));
        lastRun.set(report.map(SelfCheckReport::finishedAt).orElse(null));
        EnrollmentGate.Decision d = gate.get();
        allowed.set(d.allowed());
        gateText.set(String.join("\n", d.reasons()));
        Instant now = clock.instant();
        incidentRows.setAll(incidents.get().stream().map(i -> new IncidentRow(i, i.isOverdue(now))).toList());
    }

    /** Runs the self-check in the background, then refreshes. */
    public void runSelfCheck() {
        running.set(true);
        error.set("");
        executor.run(() -> {
            runSelfCheck.run();
            return Boolean.TRUE;
        }, ok -> {
            running.set(false);
            refresh();
        }, e -> {
            running.set(false);
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            refresh();
        });
    }

    public ObservableList<ItemResult> items() {
        return items;
    }

    public ObservableList<IncidentRow> incidents() {
        return incidentRows;
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed;
    }

    /** Why enrollment is blocked, one reason per line; empty when allowed. */
    public ReadOnlyStringProperty gateTextProperty() {
        return gateText;
    }

    /** When the last self-check finished; null when none ran. */
    public javafx.beans.property.ReadOnlyObjectProperty<Instant> lastRunProperty() {
        return lastRun;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
