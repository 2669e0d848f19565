package io.enrollment.queue.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sealed payloads as one file each, written durably (temp file, fsync, atomic rename, fsync of the folder)
 * and erased by overwriting before deletion. The database row is their index.
 */
final class PayloadFiles {
    private static final String SUFFIX = ".sealed";
    private final Path dir;

    PayloadFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Path path(UUID id) {
        return dir.resolve(id + SUFFIX);
    }

    /** Writes and syncs; when this returns, the bytes survive a crash or power cut. */
    void write(UUID id, byte[] data) throws IOException {
        Path tmp = dir.resolve(id + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, path(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path(id), StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory();
    }

    byte[] read(UUID id) throws IOException {
        return Files.readAllBytes(path(id));
    }

    boolean exists(UUID id) {
        return Files.isRegularFile(path(id));
    }

    /** Overwrites the file with zeros, syncs, deletes it: no biometric bytes stay in the file system's view. */
    void erase(UUID id) throws IOException {
        Path p = path(id);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(size, 1 << 16));
            for (long pos = 0; pos < size; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - pos));
                pos += ch.write(zeros, pos);
            }
            ch.force(true);
        } catch (NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(p);
        syncDirectory();
    }

    /** Ids of every payload file (and leftovers of interrupted writes, which are removed). */
    List<UUID> ids() throws IOException {
        List<UUID> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(f); // an enqueue that never returned
                } else if (name.endsWith(SUFFIX)) {
                    try {
                        ids.add(UUID.fromString(name.substring(0, name.length() - SUFFIX.length())));
                    } catch (IllegalArgumentException e) {
                        // not ours: left alone
                    }
                }
            }
        }
        return ids;
    }

    private void syncDirectory() throws IOException {
        // A rename or delete is durable only once the folder itself is synced (Linux; a no-op elsewhere).
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
