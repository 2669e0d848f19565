package io.enrollment.queue.store;

import java.sql.SQLException;

/**
 * Group commit for H2, which never fsyncs a commit by itself: a commit is on disk once a {@code CHECKPOINT SYNC}
 * that <em>started after it</em> has finished. Threads that commit while a sync runs wait for the next one and share
 * it, so N parallel deliveries pay for about one sync instead of N. Callers return only when their commit is
 * covered: nothing is erased before the row that says "delivered" is on disk.
 *
 * <p>(The central simulator has the same class: the two modules share no code but {@code core}, which does no I/O.)
 */
final class GroupSync {
    /** The fsync itself. */
    @FunctionalInterface
    interface Sync {
        void run() throws SQLException;
    }

    /** A database change to make durable. */
    @FunctionalInterface
    interface Commit {
        void run() throws SQLException;
    }

    private final Sync sync;
    private long tickets;      // handed out, one per finished commit (or reader who needs everything so far)
    private long durable;      // every ticket up to this one is covered by a finished sync
    private int committing;    // commits under way (not yet ticketed)
    private boolean syncing;

    GroupSync(Sync sync) {
        this.sync = sync;
    }

    /** Runs the commit, then returns once a sync started after it has finished. */
    void commitDurably(Commit commit) throws SQLException {
        synchronized (this) {
            committing++;
        }
        long ticket;
        try {
            commit.run();
        } finally {
            synchronized (this) {
                committing--;
                ticket = ++tickets;
            }
        }
        awaitCovered(ticket);
    }

    /**
     * Returns once everything committed before this call is on disk: at once when nothing is pending, otherwise after
     * the next sync. For answers that hand out what an earlier commit stored (a receipt read back).
     */
    void awaitEverythingCommitted() throws SQLException {
        long ticket;
        synchronized (this) {
            if (committing == 0 && durable == tickets) {
                return;
            }
            ticket = ++tickets;
        }
        awaitCovered(ticket);
    }

    private void awaitCovered(long ticket) throws SQLException {
        long covers;
        synchronized (this) {
            while (durable < ticket && syncing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for the database to reach the disk", e);
                }
            }
            if (durable >= ticket) {
                return;
            }
            syncing = true;
            covers = tickets; // every ticket so far belongs to a commit that finished before this sync starts
        }
        boolean done = false;
        try {
            sync.run();
            done = true;
        } finally {
            synchronized (this) {
                syncing = false;
                if (done) {
                    durable = Math.max(durable, covers);
                }
                notifyAll(); // after a failed sync a waiting thread runs the next one
            }
        }
    }
}
