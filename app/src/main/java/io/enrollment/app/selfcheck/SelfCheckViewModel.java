package io.enrollment.app.selfcheck;

import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The self-check screen's state: the last report's items, the enrollment gate with its reasons, and the run in
 * progress (from {@link SelfCheckRuns}: the screen's button, start-up and the weekly run share it). No controls
 * and no words here: findings and reasons stay {@link Finding}s, the view words them in its language.
 */
public final class SelfCheckViewModel {
    private final Supplier<Optional<SelfCheckReport>> lastReport;
    private final Supplier<EnrollmentGate.Decision> gate;
    private final SelfCheckRuns runs;

    private final ObservableList<ItemResult> items = FXCollections.observableArrayList();
    private final BooleanProperty allowed = new SimpleBooleanProperty(false);
    private final ObservableList<Finding> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> lastRun = new SimpleObjectProperty<>();

    public SelfCheckViewModel(Supplier<Optional<SelfCheckReport>> lastReport, Supplier<EnrollmentGate.Decision> gate,
                              SelfCheckRuns runs) {
        this.lastReport = lastReport;
        this.gate = gate;
        this.runs = runs;
        runs.addFinishedListener(this::refresh);
    }

    /** Wires the view model to a workstation's self-check service and its runs. */
    public static SelfCheckViewModel of(SelfCheckService service, SelfCheckRuns runs) {
        return new SelfCheckViewModel(service::last, service::enrollmentStatus, runs);
    }

    /** Reloads the report and the gate. */
    public void refresh() {
        Optional<SelfCheckReport> report = lastReport.get();
        items.setAll(report.map(SelfCheckReport::items).orElse(List.of()));
        lastRun.set(report.map(SelfCheckReport::finishedAt).orElse(null));
        EnrollmentGate.Decision d = gate.get();
        allowed.set(d.allowed());
        reasons.setAll(d.reasons());
    }

    /** Runs the self-check in the background (the operator asked), unless one is running already. */
    public void runSelfCheck() {
        runs.start("operator", outcome -> refresh());
    }

    public ObservableList<ItemResult> items() {
        return items;
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed;
    }

    /** Why enrollment is blocked; empty when allowed. */
    public ObservableList<Finding> reasons() {
        return reasons;
    }

    /** When the last self-check finished; null when none ran. */
    public ReadOnlyObjectProperty<Instant> lastRunProperty() {
        return lastRun;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return runs.progressProperty();
    }

    /** The item being checked now. */
    public ReadOnlyStringProperty currentItemProperty() {
        return runs.itemProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return runs.errorProperty();
    }
}
