package io.enrollment.app.selfcheck.items;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditVerification;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
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
            return ItemResult.fail(id(), "data folder " + dataDir + " cannot be examined: " + e.getMessage(), m,
                    "check that the data folder exists and its disk is mounted");
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
            return ItemResult.fail(id(), "the audit trail cannot be read: " + e.getMessage(), m,
                    "check the data folder's disk; run 'workstation audit verify'");
        }
        m.add(Measurement.of("audit records", audit.records(), ""));
        if (queueProblem.isPresent()) {
            return ItemResult.fail(id(), "queue database damaged or modified: " + queueProblem.get(), m,
                    "do not send from this workstation; call support: the queue must be examined (security incident)");
        }
        if (audit.firstBreak().isPresent()) {
            return ItemResult.fail(id(), "the audit trail is broken at record " + audit.firstBreak().get().position() + ": "
                    + audit.firstBreak().get().reason(), m,
                    "run 'workstation audit verify' and call support (security incident); do not edit the file");
        }
        if (freeMb < minMb) {
            return ItemResult.fail(id(), "only " + freeMb + " MiB free on the data disk", m,
                    "free disk space (old logs, downloads) or move data.dir to a larger disk");
        }
        if (oldestHours > maxHours || counts.failed() > 0) {
            return ItemResult.warn(id(), oldestHours > maxHours ? "the oldest undelivered item waits for " + oldestHours + " h"
                    : counts.failed() + " queue item(s) failed permanently", m,
                    "connect the workstation to the network; see 'workstation queue status' for failed items");
        }
        return ItemResult.ok(id(), freeMb + " MiB free, queue and audit trail intact, " + counts.pending() + " pending", m);
    }
}
