package io.enrollment.app.selfcheck;

import io.enrollment.core.selfcheck.SelfCheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The self-check reports on this workstation: {@code DATA/selfcheck/last.json} (what the enrollment gate
 * reads) and {@code DATA/selfcheck/reports/ID.json}.
 */
public final class SelfCheckHistory {
    private final Path dir;

    public SelfCheckHistory(Path dir) {
        this.dir = dir;
    }

    /**
     * Stores a report as the last one.
     *
     * @throws IOException when the folder cannot be written
     */
    public void save(SelfCheckReport report) throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        byte[] json = SelfCheckJson.encode(report);
        Files.write(dir.resolve("reports").resolve(report.id() + ".json"), json);
        Path tmp = dir.resolve("last.json.tmp");
        Files.write(tmp, json);
        Files.move(tmp, dir.resolve("last.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The last report; empty when none ran or the file is unreadable (the gate then blocks and says so).
     *
     * @throws IOException when the file exists but cannot be read
     */
    public Optional<SelfCheckReport> last() throws IOException {
        try {
            return Optional.of(SelfCheckJson.decode(Files.readAllBytes(dir.resolve("last.json"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Path dir() {
        return dir;
    }
}
