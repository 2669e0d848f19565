package io.enrollment.core.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupSyncTest {
    /** The caller's exception type (the stores use DiskException). */
    static final class DiskException extends Exception {
        DiskException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A logical clock: every commit and every sync start and end gets the next number. */
    private static final java.util.function.Function<InterruptedException, DiskException> INTERRUPTED =
            e -> new DiskException("interrupted while waiting for a sync", e);
    private final AtomicLong clock = new AtomicLong();
    private final List<long[]> syncs = new ArrayList<>(); // {started, finished}

    private GroupSync<DiskException> recording(long syncMillis) {
        return new GroupSync<>(() -> {
            long started = clock.incrementAndGet();
            try {
                Thread.sleep(syncMillis);
            } catch (InterruptedException e) {
                throw new DiskException("interrupted", e);
            }
            synchronized (syncs) {
                syncs.add(new long[] {started, clock.incrementAndGet()});
            }
        }, INTERRUPTED);
    }

    @Test
    void everyCommitReturnsOnlyAfterASyncThatStartedAfterIt() throws Exception {
        GroupSync<DiskException> group = recording(5);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                List<long[]> mine = new ArrayList<>(); // {committed, returned}
                for (int i = 0; i < perThread; i++) {
                    long[] c = new long[2];
                    group.commitDurably(() -> c[0] = clock.incrementAndGet());
                    c[1] = clock.incrementAndGet();
                    mine.add(c);
                }
                return mine;
            }));
        }
        start.countDown();
        List<long[]> commits = new ArrayList<>();
        for (Future<List<long[]>> f : results) {
            commits.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        for (long[] c : commits) {
            boolean covered = syncs.stream().anyMatch(s -> s[0] > c[0] && s[1] < c[1]);
            assertTrue(covered, "commit at " + c[0] + " returned at " + c[1] + " without a sync in between");
        }
        assertEquals(threads * perThread, commits.size());
        assertTrue(syncs.size() < commits.size(), "concurrent commits share syncs: " + syncs.size() + " syncs for "
                + commits.size() + " commits");
    }

    @Test
    void readingBackRunsASyncOnlyWhenSomethingIsNotOnDiskYet() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        GroupSync<DiskException> group = new GroupSync<>(runs::incrementAndGet, INTERRUPTED);
        group.awaitEverythingCommitted();
        assertEquals(0, runs.get(), "nothing committed: nothing to wait for");
        group.commitDurably(() -> { });
        assertEquals(1, runs.get());
        group.awaitEverythingCommitted();
        assertEquals(1, runs.get(), "the commit is already on disk");
    }

    @Test
    void aReaderWaitsForACommitThatIsStillInProgress() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        GroupSync<DiskException> group = new GroupSync<>(runs::incrementAndGet, INTERRUPTED);
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                group.commitDurably(() -> {
                    committing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new DiskException("interrupted", e);
                    }
                });
            } catch (DiskException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        committing.await();
        // the row may already be visible to a reader: the reader must not get it before a sync
        group.awaitEverythingCommitted();
        assertEquals(1, runs.get(), "the reader ran a sync although nothing was ticketed yet");
        release.countDown();
        writer.join(10_000);
        assertEquals(2, runs.get(), "the writer's own commit finished after the reader's sync: it needs its own");
    }

    @Test
    void aFailedSyncFailsItsCallerAndTheNextCallerSyncsAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        GroupSync<DiskException> group = new GroupSync<>(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new DiskException("disk gone", null);
            }
        }, INTERRUPTED);
        assertThrows(DiskException.class, () -> group.commitDurably(() -> { }));
        group.awaitEverythingCommitted();
        assertEquals(2, runs.get(), "the failed sync covered nothing");
        group.awaitEverythingCommitted();
        assertEquals(2, runs.get());
    }
}
