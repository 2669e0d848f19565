package io.enrollment.app.queue;

import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.i18n.Messages;
import io.enrollment.app.shell.CentralLink;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueCounts;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue screen: every item (packages and events) with its state, attempts and last error; the counts,
 * delivered today, and retry of an item that failed.
 */
public final class QueueViewModel {
    /** One row of the table, as text. */
    public record Row(UUID id, String kind, String created, String state, String size, String attempts, String lastError,
                      boolean retryable, String sent) {
    }

    private record Snapshot(List<QueueItem> items, QueueCounts counts) {
    }

    private final QueueStore queue;
    private final Optional<CentralLink> central;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");

    public QueueViewModel(QueueStore queue, Optional<CentralLink> central, TaskExecutor executor, Messages messages, ZoneId zone,
                          Clock clock) {
        this.queue = queue;
        this.central = central;
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /** Reads the queue again, off the UI thread. */
    public void refresh() {
        executor.run(() -> new Snapshot(queue.list(EnumSet.allOf(ItemState.class)), queue.counts()),
                s -> show(s.items(), s.counts()), e -> message.set(messages.get("queue.error", e.getMessage())));
    }

    private void show(List<QueueItem> items, QueueCounts counts) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long deliveredToday = items.stream().filter(i -> i.received().map(t -> t.atZone(zone).toLocalDate().equals(today))
                .orElse(false)).count();
        rows.setAll(items.stream().map(i -> new Row(i.id(), messages.get("queue.kind." + i.kind().name().toLowerCase(Locale.ROOT)),
                f.format(i.createdAt().atZone(zone)), messages.get("queue.state." + i.state().name().toLowerCase(Locale.ROOT)),
                messages.get("queue.size", i.size() / 1024.0), String.valueOf(i.attempts()), i.lastError(),
                i.state() == ItemState.FAILED, sent(i))).toList());
        connection.set(central.map(c -> messages.get("queue.connectivity",
                messages.get("status.central." + c.connectivity().state().name().toLowerCase(Locale.ROOT)),
                c.connectivity().lastError().isEmpty() ? "" : messages.get("queue.connectivity.error", c.connectivity().lastError())))
                .orElse(messages.get("status.central.none")));
        summary.set(messages.get("queue.summary", counts.queued(), counts.sending(), counts.failed(), deliveredToday));
    }

    private String sent(QueueItem i) {
        if (i.state() == ItemState.DELIVERED) {
            return "100 %";
        }
        return central.flatMap(c -> c.progress(i.id())).map(f -> Math.round(f * 100) + " %").orElse("");
    }

    /** Puts a failed item back in line. */
    public void retry(Row row) {
        if (row == null || !row.retryable()) {
            message.set(messages.get("queue.retry.notFailed"));
            return;
        }
        executor.run(() -> queue.retry(row.id()), ok -> {
            message.set(messages.get(ok ? "queue.retry.done" : "queue.retry.notFailed"));
            central.ifPresent(CentralLink::wake);
            refresh();
        }, e -> message.set(messages.get("queue.error", e.getMessage())));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The connection to the central system and its last error. */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
