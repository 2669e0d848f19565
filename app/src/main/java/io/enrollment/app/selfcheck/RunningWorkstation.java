package io.enrollment.app.selfcheck;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks that the workstation application is running on a data folder: an OS lock on
 * {@code DATA/workstation.lock}, held while the window is open and released by the OS when the process ends
 * (no stale marker after a crash). The weekly self-check job looks at it to know whether it may open the queue
 * and the audit trail itself or must ask the running application ({@link SelfCheckRequests}).
 */
public final class RunningWorkstation implements AutoCloseable {
    public static final String FILE_NAME = "workstation.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private RunningWorkstation(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the mark for this process.
     *
     * @throws IOException when another workstation process holds it, or the folder cannot be used
     */
    public static RunningWorkstation acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the workstation application is already running on " + dataDir);
        }
        return new RunningWorkstation(channel, lock);
    }

    /** Whether a workstation application (this process or another) holds the mark on {@code dataDir} now. */
    public static boolean isRunning(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very process
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending or the file is gone: the OS drops the lock anyway
        }
    }
}
