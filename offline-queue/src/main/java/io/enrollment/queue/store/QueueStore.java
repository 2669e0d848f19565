package io.enrollment.queue.store;

import io.enrollment.core.Bytes;
import io.enrollment.core.durable.GroupSync;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueCounts;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable queue: one H2 row per item (the index and its state) and one sealed payload file per item.
 *
 * <p>Durability: an {@link #enqueue} that returned survives a process kill and a power cut — the payload file
 * is fsynced before the row is inserted, and the row is forced to disk with {@code CHECKPOINT SYNC} (H2 with
 * {@code WRITE_DELAY=0} survives a kill but never fsyncs a commit by itself). On open, whatever an interrupted
 * operation left is put right (see {@link #recover()}).
 *
 * <p>Integrity: each row carries an HMAC over its fields, keyed by a per-queue secret kept outside the
 * database; the payload must match the row's size and SHA-256. A mismatch is an incident and the item is
 * never sent.
 */
public final class QueueStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueStore.class);
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String COLUMNS = "id, kind, created_at, size, sha256, state, attempts, next_attempt_at, "
            + "last_error, received_at";

    private final Connection db;
    private final Connection syncDb; // only CHECKPOINT SYNC for group commits, so other statements go on meanwhile
    private final GroupSync<SQLException> deliveries;
    private final PayloadFiles payloads;
    private final byte[] macKey;
    private final Clock clock;
    private final QueueIncident.Listener incidents;

    private QueueStore(Connection db, Connection syncDb, PayloadFiles payloads, byte[] macKey, Clock clock,
                       QueueIncident.Listener incidents) {
        this.db = db;
        this.syncDb = syncDb;
        this.deliveries = new GroupSync<>(this::syncOnOwnConnection,
                e -> new SQLException("interrupted while waiting for the database to reach the disk", e));
        this.payloads = payloads;
        this.macKey = macKey;
        this.clock = clock;
        this.incidents = incidents;
    }

    /**
     * Opens (or creates) the queue in {@code dir} and recovers from any interrupted operation.
     *
     * @throws QueueException when the folder cannot be used or another process holds the queue
     */
    public static QueueStore open(Path dir, Clock clock, QueueIncident.Listener incidents) throws QueueException {
        try {
            Files.createDirectories(dir);
            byte[] key = macKey(dir.resolve("queue.key"));
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("queue") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            Connection db = DriverManager.getConnection(url, "queue", "");
            Connection syncDb;
            try {
                syncDb = DriverManager.getConnection(url, "queue", "");
            } catch (SQLException e) {
                db.close();
                throw e;
            }
            QueueStore store = new QueueStore(db, syncDb, new PayloadFiles(dir.resolve("payloads")), key, clock, incidents);
            store.createSchema();
            store.recover();
            return store;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new QueueException("the queue in " + dir + " is in use by another workstation process", e);
            }
            throw new QueueException("the queue database in " + dir + " cannot be opened: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new QueueException("the queue folder " + dir + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static byte[] macKey(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new IOException("queue key " + file + " is damaged (" + key.length + " bytes, expected 32)");
            }
            return key;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.write(file, key);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
        return key;
    }

    private void createSchema() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS queue_item (id UUID PRIMARY KEY, kind VARCHAR(32) NOT NULL, "
                    + "created_at BIGINT NOT NULL, size BIGINT NOT NULL, sha256 CHAR(64) NOT NULL, "
                    + "state VARCHAR(16) NOT NULL, attempts INT DEFAULT 0 NOT NULL, next_attempt_at BIGINT NOT NULL, "
                    + "last_error VARCHAR(1000), subject_ref CHAR(64), received_at BIGINT, receipt VARBINARY(65536), "
                    + "row_mac CHAR(64) NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS queue_due ON queue_item(state, next_attempt_at)");
        }
    }

    /**
     * Puts right what a crash left: payload files without a row (an enqueue that never returned) are erased;
     * payloads of delivered or purged rows (a crash between commit and erase) are erased; SENDING items go
     * back to QUEUED (the transmitter asks the central system where it stands); a pending row without its
     * payload is FAILED and reported.
     */
    synchronized void recover() throws SQLException, IOException, QueueException {
        Set<UUID> pendingWithPayload = new HashSet<>();
        Set<UUID> known = new HashSet<>();
        for (QueueItem item : list(EnumSet.allOf(ItemState.class))) {
            known.add(item.id());
            if (item.state().isPending() && payloads.exists(item.id())) {
                pendingWithPayload.add(item.id());
            }
        }
        for (UUID id : payloads.ids()) {
            if (!known.contains(id)) {
                LOG.info("erasing payload {} of an enqueue that did not complete", id);
                payloads.erase(id);
            } else if (!pendingWithPayload.contains(id) && get(id).map(i -> !i.state().isPending()
                    && i.state() != ItemState.FAILED).orElse(false)) {
                payloads.erase(id);
            }
        }
        update("UPDATE queue_item SET state='QUEUED' WHERE state='SENDING'");
        for (QueueItem item : list(EnumSet.of(ItemState.QUEUED))) {
            if (!pendingWithPayload.contains(item.id())) {
                fail(item.id(), "payload file missing");
                incidents.onIncident(new QueueIncident(QueueIncident.Type.TAMPERED_ITEM, clock.instant(), item.id(),
                        "the sealed payload of a queued item is missing from the disk"));
            }
        }
        sync();
    }

    /**
     * Adds a sealed item durably. Enqueueing the same id with the same bytes again is a no-op (a caller that
     * crashed before it saw the answer may retry); the same id with other bytes is refused.
     *
     * @param subjectKey the subject's key (document type and number) for purges on consent withdrawal (R-GEN-3),
     *                   or null for events; stored only as a keyed hash
     */
    public synchronized QueueItem enqueue(UUID id, ItemKind kind, byte[] sealed, String subjectKey) throws QueueException {
        String sha = Bytes.sha256Hex(sealed);
        Optional<QueueItem> existing = get(id);
        if (existing.isPresent()) {
            if (existing.get().sha256().equals(sha) && existing.get().kind() == kind) {
                return existing.get();
            }
            throw new QueueException("item " + id + " is already queued with other content; it is never overwritten");
        }
        try {
            payloads.write(id, sealed);
        } catch (IOException e) {
            throw new QueueException("cannot store item " + id + " (" + sealed.length + " bytes): " + describe(e), e);
        }
        Instant now = clock.instant();
        String subjectRef = subjectKey == null ? null : subjectRef(subjectKey);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO queue_item (id, kind, created_at, size, sha256, state, "
                + "attempts, next_attempt_at, subject_ref, row_mac) VALUES (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, kind.name());
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, sealed.length);
            s.setString(5, sha);
            s.setLong(6, now.toEpochMilli());
            s.setString(7, subjectRef);
            s.setString(8, rowMac(id, kind, now.toEpochMilli(), sealed.length, sha, subjectRef));
            s.executeUpdate();
            sync();
        } catch (SQLException e) {
            try {
                payloads.erase(id);
            } catch (IOException ignored) {
                // the orphan file is erased at the next open
            }
            throw new QueueException("cannot record item " + id + ": " + e.getMessage(), e);
        }
        return get(id).orElseThrow();
    }

    private static String describe(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left") ? "the disk is full (" + m + ")" : m;
    }

    /**
     * The item's sealed payload, checked against its row.
     *
     * @throws TamperedItemException when the payload or the row was changed at rest (the item is FAILED and an
     *                               incident raised)
     */
    public byte[] payload(UUID id) throws QueueException {
        QueueItem item;
        boolean rowIntact;
        synchronized (this) {
            item = get(id).orElseThrow(() -> new QueueException("no item " + id));
            rowIntact = rowIntact(id);
        }
        // reading and hashing a megabyte happen outside the lock: parallel uploads use the store meanwhile
        byte[] data;
        try {
            data = payloads.read(id);
        } catch (IOException e) {
            throw tampered(item, "payload cannot be read: " + e.getMessage());
        }
        if (!rowIntact) {
            throw tampered(item, "the queue row was modified (its integrity code does not match)");
        }
        if (data.length != item.size() || !Bytes.sha256Hex(data).equals(item.sha256())) {
            throw tampered(item, "the payload on disk does not match its SHA-256");
        }
        return data;
    }

    private synchronized TamperedItemException tampered(QueueItem item, String why) throws QueueException {
        Optional<QueueItem> now = get(item.id());
        if (now.isEmpty() || !now.get().state().isPending()) {
            // purged (consent withdrawn) while its payload was being read: gone on purpose, not tampered with
            throw new QueueException("item " + item.id() + " is no longer waiting to be sent");
        }
        fail(item.id(), "tampered: " + why);
        incidents.onIncident(new QueueIncident(QueueIncident.Type.TAMPERED_ITEM, clock.instant(), item.id(), why));
        return new TamperedItemException("item " + item.id() + " is not sent: " + why);
    }

    public synchronized void markSending(UUID id) throws QueueException {
        change("UPDATE queue_item SET state='SENDING', attempts=attempts+1 WHERE id=? AND state IN ('QUEUED','SENDING')", id);
    }

    public synchronized void markRetry(UUID id, Instant next, String error) throws QueueException {
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE queue_item SET state='QUEUED', next_attempt_at=?, last_error=? WHERE id=? AND state='SENDING'")) {
            s.setLong(1, next.toEpochMilli());
            s.setString(2, truncate(error));
            s.setObject(3, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new QueueException("cannot update item " + id + ": " + e.getMessage(), e);
        }
    }

    /** The item needs a person (conflict, rejection, tampering); its payload stays for them. */
    public synchronized void markFailed(UUID id, String reason) throws QueueException {
        fail(id, reason);
    }

    private void fail(UUID id, String reason) throws QueueException {
        try (PreparedStatement s = db.prepareStatement("UPDATE queue_item SET state='FAILED', last_error=? WHERE id=?")) {
            s.setString(1, truncate(reason));
            s.setObject(2, id);
            s.executeUpdate();
            sync();
        } catch (SQLException e) {
            throw new QueueException("cannot update item " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * The central system confirmed receipt (the receipt has been verified by the caller): the row becomes
     * DELIVERED durably, then the payload is erased (R-STORE-1). Parallel deliveries share one sync
     * ({@link GroupSync}); each returns only when its row is on disk and its payload erased.
     */
    public void markDelivered(UUID id, Instant receivedAt, byte[] receipt) throws QueueException {
        boolean[] delivered = new boolean[1];
        try {
            deliveries.commitDurably(() -> delivered[0] = recordDelivered(id, receivedAt, receipt));
            if (!delivered[0]) {
                throw new QueueException("item " + id + " is not being sent; not marked delivered");
            }
            payloads.erase(id);
        } catch (SQLException | IOException e) {
            throw new QueueException("cannot complete delivery of " + id + ": " + e.getMessage(), e);
        }
    }

    private synchronized boolean recordDelivered(UUID id, Instant receivedAt, byte[] receipt) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE queue_item SET state='DELIVERED', received_at=?, "
                + "receipt=?, last_error=NULL, subject_ref=NULL WHERE id=? AND state IN ('SENDING','QUEUED')")) {
            s.setLong(1, receivedAt.toEpochMilli());
            s.setBytes(2, receipt);
            s.setObject(3, id);
            return s.executeUpdate() == 1;
        }
    }

    /** FAILED → QUEUED, to be sent at once (a person decided). */
    public synchronized boolean retry(UUID id) throws QueueException {
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE queue_item SET state='QUEUED', next_attempt_at=?, last_error=NULL WHERE id=? AND state='FAILED'")) {
            s.setLong(1, clock.millis());
            s.setObject(2, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new QueueException("cannot retry item " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Consent withdrawn (R-GEN-3): every package of this subject not yet delivered is purged — state PURGED,
     * payload erased. Returns the purged ids.
     */
    public synchronized List<UUID> purgeSubject(String subjectKey) throws QueueException {
        String ref = subjectRef(subjectKey);
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id FROM queue_item WHERE subject_ref=? AND state IN ('QUEUED','SENDING','FAILED')")) {
            s.setString(1, ref);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            for (UUID id : ids) {
                change("UPDATE queue_item SET state='PURGED', subject_ref=NULL, last_error='consent withdrawn' WHERE id=?", id);
            }
            sync();
            for (UUID id : ids) {
                payloads.erase(id);
            }
        } catch (SQLException | IOException e) {
            throw new QueueException("cannot purge the subject's packages: " + e.getMessage(), e);
        }
        return ids;
    }

    public synchronized Optional<QueueItem> get(UUID id) {
        try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM queue_item WHERE id=?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(item(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queue database failed: " + e.getMessage(), e);
        }
    }

    public synchronized List<QueueItem> list(Set<ItemState> states) {
        String in = states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return query("SELECT " + COLUMNS + " FROM queue_item WHERE state IN (" + in + ") ORDER BY created_at, id", -1);
    }

    /** Pending items whose next attempt is due, oldest first. */
    public synchronized List<QueueItem> due(int limit) {
        return query("SELECT " + COLUMNS + " FROM queue_item WHERE state IN ('QUEUED','SENDING') AND next_attempt_at <= "
                + clock.millis() + " ORDER BY created_at, id", limit);
    }

    /** When the next pending item becomes due, if any. */
    public synchronized Optional<Instant> nextDue() {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(next_attempt_at) FROM queue_item WHERE state IN ('QUEUED','SENDING')")) {
            r.next();
            long v = r.getLong(1);
            return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
        } catch (SQLException e) {
            throw new IllegalStateException("queue database failed: " + e.getMessage(), e);
        }
    }

    public synchronized QueueCounts counts() {
        int[] n = new int[ItemState.values().length];
        long pendingBytes = 0;
        Long oldest = null;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT state, COUNT(*), SUM(size), MIN(created_at) FROM queue_item GROUP BY state")) {
            while (r.next()) {
                ItemState state = ItemState.valueOf(r.getString(1));
                n[state.ordinal()] = r.getInt(2);
                if (state.isPending()) {
                    pendingBytes += r.getLong(3);
                    long min = r.getLong(4);
                    oldest = oldest == null ? min : Math.min(oldest, min);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queue database failed: " + e.getMessage(), e);
        }
        return new QueueCounts(n[ItemState.QUEUED.ordinal()], n[ItemState.SENDING.ordinal()], n[ItemState.FAILED.ordinal()],
                n[ItemState.DELIVERED.ordinal()], n[ItemState.PURGED.ordinal()], pendingBytes,
                Optional.ofNullable(oldest).map(Instant::ofEpochMilli));
    }

    /** Runs H2's own consistency check (for the self-check). */
    public synchronized Optional<String> integrityProblem() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM queue_item")) {
            r.next();
            for (QueueItem item : list(EnumSet.of(ItemState.QUEUED, ItemState.SENDING))) {
                if (!rowIntact(item.id())) {
                    return Optional.of("queue row " + item.id() + " fails its integrity code");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("queue database cannot be read: " + e.getMessage());
        }
    }

    /** The receipt stored with a delivered item. */
    public synchronized Optional<byte[]> receipt(UUID id) {
        try (PreparedStatement s = db.prepareStatement("SELECT receipt FROM queue_item WHERE id=?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queue database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            syncDb.close();
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing the queue database: {}", e.getMessage());
        }
    }

    private List<QueueItem> query(String sql, int limit) {
        List<QueueItem> items = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            if (limit > 0) {
                s.setMaxRows(limit);
            }
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    items.add(item(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queue database failed: " + e.getMessage(), e);
        }
        return items;
    }

    private static QueueItem item(ResultSet r) throws SQLException {
        long received = r.getLong(10);
        Instant receivedAt = r.wasNull() ? null : Instant.ofEpochMilli(received);
        return new QueueItem(r.getObject(1, UUID.class), ItemKind.valueOf(r.getString(2)), Instant.ofEpochMilli(r.getLong(3)),
                r.getLong(4), r.getString(5), ItemState.valueOf(r.getString(6)), r.getInt(7),
                Instant.ofEpochMilli(r.getLong(8)), r.getString(9), receivedAt);
    }

    private boolean rowIntact(UUID id) {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT kind, created_at, size, sha256, subject_ref, row_mac FROM queue_item WHERE id=?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                String expected = rowMac(id, ItemKind.valueOf(r.getString(1)), r.getLong(2), r.getLong(3), r.getString(4),
                        r.getString(5));
                return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        r.getString(6).getBytes(StandardCharsets.US_ASCII));
            }
        } catch (SQLException | IllegalArgumentException e) {
            return false;
        }
    }

    private String rowMac(UUID id, ItemKind kind, long createdAt, long size, String sha, String subjectRef) {
        return hmac(id + "|" + kind + "|" + createdAt + "|" + size + "|" + sha + "|" + (subjectRef == null ? "" : subjectRef));
    }

    /** Subjects are kept only as a keyed hash of their document, enough to purge, useless to identify. */
    private String subjectRef(String subjectKey) {
        return hmac("subject|" + subjectKey);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private void change(String sql, UUID id) throws QueueException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new QueueException("cannot update item " + id + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Forces committed rows to disk: H2 does not fsync commits by itself. */
    private void sync() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private void syncOnOwnConnection() throws SQLException {
        synchronized (syncDb) {
            try (Statement s = syncDb.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
