package io.enrollment.app.selfcheck.items;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditVerification;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.queue.QueueCounts;
import io.enrollment.queue.store.QueueStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Storage: free disk space of the data folder, the queue database's integrity
 * ({@link QueueStore#integrityProblem()}), the audit trail's hash chain, and the age of the oldest undelivered
 * item ({@link QueueStore#counts()}).
 */
public final class StorageCheck implements SelfCheckItem {
    /** The queue database is damaged or was modified (a QUEUE_TAMPERED incident): its problem. */
    public static final String QUEUE_DAMAGED = "storage.queueDamaged";
    /** The audit trail's hash chain is broken (an AUDIT_CHAIN_BROKEN incident): record position and reason. */
    public static final String AUDIT_BROKEN = "storage.auditBroken";
    private static final String DATA_UNREADABLE = "storage.dataUnreadable";
    private static final String AUDIT_UNREADABLE = "storage.auditUnreadable";
    private final Path dataDir;
    private final QueueStore queue;
    private final Path auditFile;
    private final Profile profile;
    private final Clock clock;

    public StorageCheck(Path dataDir, QueueStore queue, Path auditFile, Profile profile, Clock clock) {
        this.dataDir = dataDir;
        this.queue = queue;
        this.auditFile = auditFile;
        this.profile = profile;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "storage";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        long freeMb;
        try {
            freeMb = Files.getFileStore(dataDir).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return ItemResult.fail(id(), Finding.of(DATA_UNREADABLE, dataDir, e.getMessage()), m,
                    Finding.of("storage.remedy.mount"));
        }
        double minMb = profile.threshold("selfcheck.disk.free.min.mb");
        m.add(Measurement.against("free space", freeMb, ">= " + (long) minMb, "MiB"));
        Optional<String> queueProblem = queue.integrityProblem();
        m.add(Measurement.of("queue integrity", queueProblem.orElse("intact"), ""));
        QueueCounts counts = queue.counts();
        m.add(Measurement.of("pending items", counts.pending(), ""));
        m.add(Measurement.of("failed items", counts.failed(), ""));
        double maxHours = profile.threshold("selfcheck.queue.oldest.max.hours");
        long oldestHours = counts.oldestPending().map(t -> Duration.between(t, clock.instant()).toHours()).orElse(0L);
        m.add(Measurement.against("oldest undelivered", oldestHours, "<= " + (long) maxHours, "h"));
        AuditVerification audit;
        try {
            audit = AuditLog.verify(auditFile, AuditLog.AnchorCheck.NONE);
        } catch (IOException e) {
            return ItemResult.fail(id(), Finding.of(AUDIT_UNREADABLE, e.getMessage()), m, Finding.of("storage.remedy.auditDisk"));
        }
        m.add(Measurement.of("audit records", audit.records(), ""));
        if (queueProblem.isPresent()) {
            return ItemResult.fail(id(), Finding.of(QUEUE_DAMAGED, queueProblem.get()), m, Finding.of("storage.remedy.queue"));
        }
        if (audit.firstBreak().isPresent()) {
            return ItemResult.fail(id(), Finding.of(AUDIT_BROKEN, audit.firstBreak().get().position(),
                    audit.firstBreak().get().reason()), m, Finding.of("storage.remedy.audit"));
        }
        if (freeMb < minMb) {
            return ItemResult.fail(id(), Finding.of("storage.lowSpace", freeMb, (long) minMb), m, Finding.of("storage.remedy.space"));
        }
        if (oldestHours > maxHours || counts.failed() > 0) {
            return ItemResult.warn(id(), oldestHours > maxHours ? Finding.of("storage.oldestWaits", oldestHours, (long) maxHours)
                    : Finding.of("storage.failedItems", counts.failed()), m, Finding.of("storage.remedy.network"));
        }
        return ItemResult.ok(id(), Finding.of("storage.ok", freeMb, counts.pending()), m);
    }
}
