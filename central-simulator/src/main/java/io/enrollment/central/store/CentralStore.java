package io.enrollment.central.store;

import io.enrollment.central.ItemKind;
import io.enrollment.core.durable.GroupSync;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The simulator's H2 file database: completed items with their receipts, uploads in progress, and
 * counters. Durability: {@code WRITE_DELAY=0} and a {@code CHECKPOINT SYNC} (a real fsync) covering each
 * completed item before its receipt is sent, so a receipt the client holds is never forgotten. Items completed
 * at the same time share one sync ({@link GroupSync}); a stored receipt is read back for a client only through
 * {@link #durableItem}, which waits for a sync if any commit is not yet on disk.
 * Thread-safe; callers serialise work on one item themselves.
 */
public final class CentralStore implements AutoCloseable {
    /** Counter names. */
    public static final String DUPLICATE = "duplicate";
    public static final String CONFLICT = "conflict";

    private final JdbcConnectionPool pool;
    private final GroupSync<SQLException> syncs;

    /**
     * Opens (creating if needed) the database {@code central.mv.db} in {@code dir}.
     *
     * @throws SQLException if it cannot be opened, e.g. because another simulator holds it
     */
    public CentralStore(Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("central") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        this.pool = JdbcConnectionPool.create(url, "central", "");
        pool.setMaxConnections(16);
        this.syncs = new GroupSync<>(() -> {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }, e -> new SQLException("interrupted while waiting for the database to reach the disk", e));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS items (kind VARCHAR(16) NOT NULL, id CHAR(36) NOT NULL,"
                    + " event_kind VARCHAR(32), sha256 CHAR(64) NOT NULL, byte_size BIGINT NOT NULL,"
                    + " status VARCHAR(16) NOT NULL, reason VARCHAR(1000), received_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " client VARCHAR(500), receipt VARBINARY(8192) NOT NULL, signature VARBINARY(512) NOT NULL,"
                    + " PRIMARY KEY (kind, id))");
            s.execute("CREATE TABLE IF NOT EXISTS uploads (kind VARCHAR(16) NOT NULL, id CHAR(36) NOT NULL,"
                    + " event_kind VARCHAR(32), sha256 CHAR(64) NOT NULL, byte_length BIGINT NOT NULL,"
                    + " upload_offset BIGINT NOT NULL, started TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (kind, id))");
            s.execute("CREATE TABLE IF NOT EXISTS counters (kind VARCHAR(16) NOT NULL, name VARCHAR(32) NOT NULL,"
                    + " n BIGINT NOT NULL, PRIMARY KEY (kind, name))");
        } catch (SQLException e) {
            pool.dispose();
            throw e;
        }
    }

    public Optional<StoredItem> item(ItemKind kind, String id) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT event_kind, sha256, byte_size, status, reason,"
                     + " received_at, client, receipt, signature FROM items WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.segment());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredItem(kind, id, rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7), rs.getBytes(8), rs.getBytes(9)));
            }
        }
    }

    /**
     * The completed item, once it is on disk: for answers that hand its receipt to a client (a re-sent upload, a
     * receipt asked for again) while its own upload may still be waiting for the sync.
     */
    public Optional<StoredItem> durableItem(ItemKind kind, String id) throws SQLException {
        Optional<StoredItem> item = item(kind, id);
        if (item.isPresent()) {
            syncs.awaitEverythingCommitted();
        }
        return item;
    }

    public Optional<Upload> upload(ItemKind kind, String id) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT event_kind, sha256, byte_length FROM uploads WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.segment());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Upload(kind, id, rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
    }

    /** Records the start of an upload. */
    public void begin(Upload u) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO uploads (kind, id, event_kind, sha256, byte_length,"
                     + " upload_offset, started) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            ps.setString(1, u.kind().segment());
            ps.setString(2, u.id());
            ps.setString(3, u.eventKind());
            ps.setString(4, u.sha256());
            ps.setLong(5, u.length());
            ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** Notes how far an upload got (informational; the partial file's length is authoritative). */
    public void progress(ItemKind kind, String id, long offset) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE uploads SET upload_offset = ? WHERE kind = ? AND id = ?")) {
            ps.setLong(1, offset);
            ps.setString(2, kind.segment());
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /**
     * Stores a completed item and ends its upload in one transaction; returns once it is on disk (the sync may be
     * shared with items completed at the same time).
     */
    public void complete(StoredItem item) throws SQLException {
        try (Connection c = pool.getConnection()) {
            syncs.commitDurably(() -> insertCompleted(c, item));
        }
    }

    private static void insertCompleted(Connection c, StoredItem item) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO items (kind, id, event_kind, sha256, byte_size,"
                + " status, reason, received_at, client, receipt, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement del = c.prepareStatement("DELETE FROM uploads WHERE kind = ? AND id = ?")) {
            ins.setString(1, item.kind().segment());
            ins.setString(2, item.id());
            ins.setString(3, item.eventKind());
            ins.setString(4, item.sha256());
            ins.setLong(5, item.size());
            ins.setString(6, item.status());
            ins.setString(7, item.reason());
            ins.setObject(8, item.receivedAt().atOffset(ZoneOffset.UTC));
            ins.setString(9, item.client());
            ins.setBytes(10, item.receipt());
            ins.setBytes(11, item.signature());
            ins.executeUpdate();
            del.setString(1, item.kind().segment());
            del.setString(2, item.id());
            del.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Adds one to a counter ({@link #DUPLICATE}, {@link #CONFLICT}) of a kind. */
    public void count(ItemKind kind, String name) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("MERGE INTO counters t USING (VALUES (CAST(? AS VARCHAR(16)),"
                     + " CAST(? AS VARCHAR(32)))) v(kind, name) ON t.kind = v.kind AND t.name = v.name"
                     + " WHEN MATCHED THEN UPDATE SET n = t.n + 1 WHEN NOT MATCHED THEN INSERT VALUES (v.kind, v.name, 1)")) {
            ps.setString(1, kind.segment());
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    public Stats stats() throws SQLException {
        try (Connection c = pool.getConnection()) {
            String pk = ItemKind.PACKAGES.segment();
            String ev = ItemKind.EVENTS.segment();
            return new Stats(
                    single(c, "SELECT COUNT(*) FROM items WHERE kind = ?", pk),
                    single(c, "SELECT COUNT(*) FROM items WHERE kind = ? AND status = 'ACCEPTED'", pk),
                    counter(c, pk, DUPLICATE), counter(c, pk, CONFLICT),
                    grouped(c, "SELECT reason, COUNT(*) FROM items WHERE kind = ? AND status = 'REJECTED' GROUP BY reason", pk),
                    grouped(c, "SELECT event_kind, COUNT(*) FROM items WHERE kind = ? GROUP BY event_kind", ev),
                    grouped(c, "SELECT reason, COUNT(*) FROM items WHERE kind = ? AND status = 'REJECTED' GROUP BY reason", ev),
                    counter(c, ev, DUPLICATE), counter(c, ev, CONFLICT),
                    single(c, "SELECT COUNT(*) FROM uploads WHERE kind IS NOT NULL AND kind <> ?", ""));
        }
    }

    private static long single(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long counter(Connection c, String kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT n FROM counters WHERE kind = ? AND name = ?")) {
            ps.setString(1, kind);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql, String arg) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(String.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Closes the database cleanly (a final checkpoint, then the file is released). */
    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed or never opened: nothing left to flush.
        } finally {
            pool.dispose();
        }
    }
}
