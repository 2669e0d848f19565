package io.enrollment.core.durable;

import java.util.Objects;
import java.util.function.Function;

/**
 * Group commit for a store that does not sync each commit by itself (H2): a commit is on disk once a sync that
 * <em>started after it</em> has finished. Threads that commit while a sync runs wait for the next one and share
 * it, so N parallel commits pay for about one sync instead of N. Callers return only when their commit is covered
 * (the queue erases nothing, the central simulator answers nothing, before that).
 *
 * <p>Only the bookkeeping lives here; the commit and the sync are the caller's, with the caller's exception type.
 *
 * @param <E> what the commit and the sync throw
 */
public final class GroupSync<E extends Exception> {
    /** The sync (an fsync), or a change to make durable. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    private final Action<E> sync;
    private final Function<InterruptedException, E> interrupted;
    private long tickets;      // handed out, one per finished commit (or reader who needs everything so far)
    private long durable;      // every ticket up to this one is covered by a finished sync
    private int committing;    // commits under way (not yet ticketed)
    private boolean syncing;

    /**
     * @param sync        forces every finished commit to disk
     * @param interrupted the caller's exception for a thread interrupted while it waits for a sync
     */
    public GroupSync(Action<E> sync, Function<InterruptedException, E> interrupted) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.interrupted = Objects.requireNonNull(interrupted, "interrupted");
    }

    /** Runs the commit, then returns once a sync started after it has finished. */
    public void commitDurably(Action<E> commit) throws E {
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
    public void awaitEverythingCommitted() throws E {
        long ticket;
        synchronized (this) {
            if (committing == 0 && durable == tickets) {
                return;
            }
            ticket = ++tickets;
        }
        awaitCovered(ticket);
    }

    private void awaitCovered(long ticket) throws E {
        long covers;
        synchronized (this) {
            while (durable < ticket && syncing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw interrupted.apply(e);
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
