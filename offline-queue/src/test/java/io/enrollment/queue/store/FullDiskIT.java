package io.enrollment.queue.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the queue on a 4 MiB tmpfs. The enqueue that does not fit fails with a clear message,
 * and everything queued before it is intact after reopening.
 */
class FullDiskIT {
    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectories(dir.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        Assumptions.assumeTrue(done && p.exitValue() == 0,
                "SKIPPED: cannot mount a 4 MiB tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }

    @Test
    void fullDiskIsAClearErrorAndNothingQueuedIsLost() throws Exception {
        Map<UUID, byte[]> stored = new LinkedHashMap<>();
        QueueException failure = null;
        try (QueueStore store = QueueStore.open(mount.resolve("queue"), Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            for (int i = 0; i < 20 && failure == null; i++) {
                UUID id = UUID.randomUUID();
                byte[] data = QueueStoreTest.payload(512 * 1024, i);
                try {
                    store.enqueue(id, ItemKind.PACKAGE, data, null);
                    stored.put(id, data);
                } catch (QueueException e) {
                    failure = e;
                    assertTrue(store.get(id).isEmpty(), "a failed enqueue leaves no row");
                }
            }
        }
        assertTrue(failure != null, "4 MiB cannot hold 20 x 512 KiB");
        assertTrue(failure.getMessage().contains("disk is full"), failure.getMessage());
        assertTrue(stored.size() >= 2, "some items fit before the disk filled: " + stored.size());
        try (QueueStore store = QueueStore.open(mount.resolve("queue"), Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            assertEquals(stored.size(), store.counts().queued());
            for (var e : stored.entrySet()) {
                assertArrayEquals(e.getValue(), store.payload(e.getKey()));
            }
        }
    }
}
