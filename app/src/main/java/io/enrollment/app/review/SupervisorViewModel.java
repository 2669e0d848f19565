package io.enrollment.app.review;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.fx.DialogService;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.i18n.Messages;
import io.enrollment.app.session.OfficerSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supervisor's review of rejected captures (R-QC-3): the list with date, operator, modality and failing
 * rules; opening one decrypts its sample with the supervisor's token; marking it reviewed with a note purges
 * the sample; statistics by rule, operator and day, exported as CSV.
 */
public final class SupervisorViewModel {
    /** One row of the list, as text. */
    public record Row(UUID id, String date, String operator, String modality, String failures, String state, String mediaType) {
    }

    /** A sample opened for review. */
    public record Opened(Row row, byte[] sample) {
        public Opened {
            sample = sample.clone();
        }

        @Override
        public byte[] sample() {
            return sample.clone();
        }
    }

    private final RejectedCaptureVault vault;
    private final OfficerSessions sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RejectionStatistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final AuditTrail audit;

    /**
     * @param audit records each sample opened (a retrieval, R-KG-2), each review and the purge that follows
     */
    public SupervisorViewModel(RejectedCaptureVault vault, OfficerSessions sessions, TaskExecutor executor, DialogService dialogs,
                               Messages messages, ZoneId zone, AuditTrail audit) {
        this.audit = audit;
        this.vault = vault;
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    /** Reads the vault again, off the UI thread. */
    public void refresh() {
        executor.run(vault::list, this::show, this::failed);
    }

    private void show(List<RejectedCapture> all) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale());
        rows.setAll(all.stream().map(r -> new Row(r.id(), f.format(r.at().atZone(zone)), r.operatorName(),
                messages.get("modality." + r.modality().code()),
                r.failures().stream().map(failure -> failure.describe(messages)).collect(Collectors.joining("; ")),
                r.reviewed() ? messages.get("review.state.reviewed", r.note().orElse("")) : messages.get("review.state.open"),
                r.mediaType())).toList());
        statistics.set(new RejectionStatistics(all, zone));
    }

    /** Decrypts the sample with the logged-in supervisor's token. */
    public void open(Row row) {
        if (row == null) {
            message.set(messages.get("review.selectFirst"));
            return;
        }
        io.enrollment.core.Officer supervisor = sessions.officer();
        executor.run(() -> vault.open(row.id(), sessions.current().orElseThrow()), bytes -> {
            audit.review(supervisor, "rejected capture " + row.id(), "opened", "sealed sample decrypted for review");
            opened.set(new Opened(row, bytes));
            message.set(messages.get("review.opened", bytes.length));
        }, e -> {
            audit.review(supervisor, "rejected capture " + row.id(), "open failed", e.getMessage());
            message.set(messages.get("review.cannotOpen", e.getMessage()));
        });
    }

    /** Marks the opened capture reviewed with the note; its sample is purged. */
    public void markReviewed() {
        Opened o = opened.get();
        if (o == null) {
            message.set(messages.get("review.selectFirst"));
            return;
        }
        if (note.get() == null || note.get().isBlank()) {
            message.set(messages.get("review.noteRequired"));
            return;
        }
        String supervisor = sessions.officer().subjectDn();
        io.enrollment.core.Officer officer = sessions.officer();
        String text = note.get().strip();
        executor.run(() -> vault.markReviewed(o.row().id(), supervisor, text), r -> {
            audit.review(officer, "rejected capture " + r.id(), "reviewed", "note of " + text.length() + " characters");
            audit.purged(AuditTrail.actor(officer), "rejected capture " + r.id(), "sealed sample purged after review");
            opened.set(null);
            note.set("");
            message.set(messages.get("review.marked"));
            refresh();
        }, this::failed);
    }

    /** Saves the statistics as CSV where the supervisor chooses. */
    public void exportCsv() {
        RejectionStatistics s = statistics.get();
        if (s == null) {
            return;
        }
        dialogs.chooseSaveFile(messages.get("review.export"), "rejections.csv").ifPresent(file ->
                executor.run(() -> Files.writeString(file, s.toCsv(), StandardCharsets.UTF_8),
                        p -> message.set(messages.get("review.exported", p)), this::failed));
    }

    private void failed(Exception e) {
        message.set(messages.get("review.error", e.getMessage()));
    }

    public String modalityOf(Row row) {
        return row.mediaType().toLowerCase(Locale.ROOT);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<RejectionStatistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
