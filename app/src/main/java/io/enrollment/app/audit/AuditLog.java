package io.enrollment.app.audit;

import io.enrollment.core.audit.AuditChain;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.core.audit.ChainBreak;
import io.enrollment.core.audit.ChainVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, hash-chained audit trail (R-KG-2) in {@code DATA/audit/audit.jsonl}: one JSON record per
 * line, each holding the hash of the one before. Every append is forced to disk before it returns. Never any
 * biometric data ({@link AuditEntry} refuses encoded payloads).
 *
 * <p>One process writes at a time (an OS file lock held while open). On open, the last line gives the chain head. A log whose tail is broken is not "repaired": new records
 * go on chaining from the last readable record, and {@link #verify()} keeps pointing at the break.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    public static final String FILE_NAME = "audit.jsonl";

    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private Optional<AuditRecord> last;

    private AuditLog(Path file, Clock clock, FileChannel channel, Optional<AuditRecord> last) {
        this.file = file;
        this.clock = clock;
        this.channel = channel;
        this.last = last;
    }

    /**
     * Opens (or creates) the audit trail in {@code dir}.
     *
     * @throws IOException when the folder or file cannot be used
     */
    public static AuditLog open(Path dir, Clock clock) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE_NAME);
        Optional<AuditRecord> last = lastReadable(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        // one writer at a time: two processes appending would fork the chain
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the audit trail " + file + " is in use by another workstation process");
        }
        return new AuditLog(file, clock, channel, last);
    }

    private static Optional<AuditRecord> lastReadable(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<AuditRecord> last = Optional.empty();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    last = Optional.of(AuditLineCodec.decode(line));
                } catch (IllegalArgumentException e) {
                    LOG.warn("audit trail {} has an unreadable line: {}", file, e.getMessage());
                }
            }
        }
        return last;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends a record, durably.
     *
     * @return the record as written
     * @throws UncheckedIOException when the disk refuses the write (the caller must not go on as if audited)
     */
    public synchronized AuditRecord append(AuditEntry entry) {
        Instant now = clock.instant();
        Instant at = last.map(l -> l.at().isAfter(now) ? l.at() : now).orElse(now);
        AuditRecord record = AuditChain.next(last, entry, at);
        byte[] line = (AuditLineCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit trail " + file + ": " + e.getMessage(), e);
        }
        last = Optional.of(record);
        return record;
    }

    /** The newest record. */
    public synchronized Optional<AuditRecord> last() {
        return last;
    }

    /**
     * Reads the whole trail and checks the chain.
     *
     * @throws IOException when the file cannot be read
     */
    public AuditVerification verify() throws IOException {
        return verify(file, AnchorCheck.NONE);
    }

    /** Checks the chain of a trail file, and each ANCHOR record with {@code anchors}. */
    public static AuditVerification verify(Path file, AnchorCheck anchors) throws IOException {
        ChainVerifier verifier = new ChainVerifier();
        long records = 0;
        int anchorsOk = 0;
        Optional<String> anchorProblem = Optional.empty();
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    records++;
                    if (verifier.firstBreak().isPresent()) {
                        continue;
                    }
                    AuditRecord record;
                    try {
                        record = AuditLineCodec.decode(line);
                    } catch (IllegalArgumentException e) {
                        verifier.unreadable(e.getMessage());
                        continue;
                    }
                    Optional<ChainBreak> broken = verifier.accept(record);
                    if (broken.isEmpty() && record.entry().action() == io.enrollment.core.audit.AuditAction.ANCHOR
                            && anchorProblem.isEmpty()) {
                        Optional<String> problem = anchors.check(record);
                        if (problem.isPresent()) {
                            anchorProblem = Optional.of("anchor at record " + record.sequence() + ": " + problem.get());
                        } else {
                            anchorsOk++;
                        }
                    }
                }
            }
        }
        return new AuditVerification(records, verifier.intactCount(), verifier.head(), verifier.firstBreak(), anchorsOk,
                anchorProblem);
    }

    /** Every record, for display (the GUI's audit view); small logs only. */
    public List<AuditRecord> readAll() throws IOException {
        List<AuditRecord> all = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    all.add(AuditLineCodec.decode(line));
                }
            }
        }
        return all;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing the audit trail {}: {}", file, e.getMessage());
        }
    }

    /** Checks one ANCHOR record (its signature over the head it names). */
    @FunctionalInterface
    public interface AnchorCheck {
        AnchorCheck NONE = record -> Optional.empty();

        /** Empty when the anchor verifies, otherwise what is wrong. */
        Optional<String> check(AuditRecord anchor);
    }
}
