package io.enrollment.app.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the weekly job gets a self-check from a running workstation application, which holds the queue's
 * database and the audit trail (one writer each): the job drops {@code DATA/selfcheck/requests/ID.request},
 * the application claims it (renamed to {@code ID.running}), runs the self-check as its own, and answers with
 * {@code ID.result} (JSON: report id, overall, gate decision, whether the report was queued, the anchor). The
 * job waits for the answer and prints it. Every step is an atomic rename or a whole-file write, so a crash on
 * either side leaves no half-read file.
 */
public final class SelfCheckRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public SelfCheckRequests(Path selfCheckDir) {
        this.dir = selfCheckDir.resolve("requests");
    }

    public Path dir() {
        return dir;
    }

    /** The application's answer. */
    public record Result(UUID reportId, String overall, boolean allowed, List<String> reasons, String queued,
                         String anchored) {
        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    // --- the job's side ---

    /**
     * Drops a request.
     *
     * @throws IOException when the folder cannot be written
     */
    public UUID submit(String trigger) throws IOException {
        UUID id = UUID.randomUUID();
        write(dir.resolve(id + ".request"), trigger.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /**
     * Waits for the answer to request {@code id}, polling; on timeout the request is withdrawn if nobody claimed it.
     *
     * @throws IOException when the answer is unreadable
     */
    public Optional<Result> await(UUID id, Duration limit) throws IOException, InterruptedException {
        Path result = dir.resolve(id + ".result");
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(result)) {
                Result r = decode(Files.readAllBytes(result));
                Files.deleteIfExists(result);
                return Optional.of(r);
            }
            Thread.sleep(200);
        }
        Files.deleteIfExists(dir.resolve(id + ".request"));
        return Optional.empty();
    }

    // --- the application's side ---

    /** Requests waiting, oldest first. */
    public List<UUID> pending() {
        List<UUID> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.request")) {
            List<Path> files = new ArrayList<>();
            s.forEach(files::add);
            files.sort((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
            for (Path p : files) {
                String name = p.getFileName().toString();
                try {
                    ids.add(UUID.fromString(name.substring(0, name.length() - ".request".length())));
                } catch (IllegalArgumentException e) {
                    // not one of ours: leave it
                }
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    /**
     * Claims a request.
     *
     * @return its trigger, or empty when it was withdrawn or claimed meanwhile
     */
    public Optional<String> claim(UUID id) {
        Path running = dir.resolve(id + ".running");
        try {
            Files.move(dir.resolve(id + ".request"), running, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(Files.readString(running, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Answers a claimed request.
     *
     * @throws IOException when the answer cannot be written
     */
    public void answer(UUID id, Result r) throws IOException {
        write(dir.resolve(id + ".result"), encode(r));
        Files.deleteIfExists(dir.resolve(id + ".running"));
    }

    static byte[] encode(Result r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("reportId", r.reportId() == null ? "" : r.reportId().toString());
        n.put("overall", r.overall());
        n.put("allowed", r.allowed());
        com.fasterxml.jackson.databind.node.ArrayNode reasons = n.putArray("reasons");
        r.reasons().forEach(reasons::add);
        n.put("queued", r.queued());
        n.put("anchored", r.anchored());
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Result decode(byte[] json) throws IOException {
        JsonNode n = JSON.readTree(json);
        List<String> reasons = new ArrayList<>();
        n.path("reasons").forEach(r -> reasons.add(r.asText()));
        String id = n.path("reportId").asText();
        return new Result(id.isEmpty() ? null : UUID.fromString(id), n.path("overall").asText(), n.path("allowed").asBoolean(),
                reasons, n.path("queued").asText(), n.path("anchored").asText());
    }

    private static void write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, data);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
