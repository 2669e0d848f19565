package io.enrollment.app.review;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.envelope.EnvelopeSealer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejected captures kept for supervisors' review (R-QC-3): the record in plain JSON (figures only) and the
 * sample sealed (AuthEnvelopedData) to the supervisors' certificates, so only a supervisor's token opens it.
 * Reviewing purges the sample; samples older than the retention period are purged unreviewed.
 */
public final class RejectedCaptureVault {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedCaptureVault.class);
    private final Path dir;
    private final List<X509Certificate> supervisors;
    private final Clock clock;
    private final Duration retention;
    private final java.util.function.Consumer<String> tampered;

    public RejectedCaptureVault(Path dir, List<X509Certificate> supervisors, Clock clock, Duration retention) {
        this(dir, supervisors, clock, retention, detail -> LOG.error("rejected capture failed verification: {}", detail));
    }

    /**
     * @param tampered told when a supervisor, who is a recipient, cannot open a sample: the sealed file was changed
     *                 or damaged (its authentication tag does not verify) — a SIGNATURE_INVALID incident
     */
    public RejectedCaptureVault(Path dir, List<X509Certificate> supervisors, Clock clock, Duration retention,
                                java.util.function.Consumer<String> tampered) {
        this.tampered = Objects.requireNonNull(tampered, "tampered");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.supervisors = List.copyOf(supervisors);
        if (this.supervisors.isEmpty()) {
            throw new IllegalArgumentException("rejected captures need at least one supervisor certificate to be sealed to");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Seals {@code sample} to the supervisors and stores it with its record. */
    public void store(RejectedCapture record, byte[] sample) throws IOException, SigningException {
        Files.createDirectories(dir);
        byte[] sealed = new EnvelopeSealer().seal(sample, supervisors);
        write(sealedFile(record.id()), sealed);
        write(recordFile(record.id()), RejectedCaptureJson.write(record));
        LOG.info("rejected {} capture {} kept for review ({} failing rules)", record.modality().code(), record.id(),
                record.failures().size());
    }

    /** Every record, newest first. */
    public List<RejectedCapture> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RejectedCapture> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                all.add(RejectedCaptureJson.read(Files.readAllBytes(p)));
            }
        }
        all.sort(Comparator.comparing(RejectedCapture::at).reversed());
        return all;
    }

    /**
     * Opens the sample with a supervisor's token.
     *
     * @throws SigningException ENVELOPE_FAILED when the session is not one of the supervisors, or the file was altered
     * @throws IOException      when the sample was purged already
     */
    public byte[] open(UUID id, OfficerSession supervisor) throws IOException, SigningException {
        byte[] sealed = Files.readAllBytes(sealedFile(id));
        try {
            return new EnvelopeOpener().open(sealed, supervisor);
        } catch (SigningException e) {
            if (supervisors.contains(supervisor.certificate())) {
                // sealed to this very certificate, yet it does not open: the file is not what was sealed
                tampered.accept("rejected capture " + id + " does not verify for supervisor certificate serial "
                        + supervisor.certificate().getSerialNumber().toString(16) + ", one of its recipients: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Marks a capture reviewed with the supervisor's note and purges its sample. */
    public RejectedCapture markReviewed(UUID id, String supervisor, String note) throws IOException {
        RejectedCapture r = RejectedCaptureJson.read(Files.readAllBytes(recordFile(id))).review(supervisor, clock.instant(), note);
        write(recordFile(id), RejectedCaptureJson.write(r));
        Files.deleteIfExists(sealedFile(id));
        LOG.info("rejected capture {} reviewed; sample purged", id);
        return r;
    }

    /** The record's JSON (figures only), as sent to the central system in the QC-failure event. */
    public static byte[] eventJson(RejectedCapture record) throws IOException {
        return RejectedCaptureJson.write(record);
    }

    /** Whether the sealed sample is still kept. */
    public boolean hasSample(UUID id) {
        return Files.exists(sealedFile(id));
    }

    /** Purges samples older than the retention period, reviewed or not; returns how many. */
    public int purgeExpired() throws IOException {
        return purgeExpiredIds().size();
    }

    /** Purges samples older than the retention period, reviewed or not; returns the ids of those purged. */
    public List<UUID> purgeExpiredIds() throws IOException {
        List<UUID> purged = new ArrayList<>();
        for (RejectedCapture r : list()) {
            if (r.at().plus(retention).isBefore(clock.instant()) && Files.deleteIfExists(sealedFile(r.id()))) {
                purged.add(r.id());
            }
        }
        return purged;
    }

    private Path sealedFile(UUID id) {
        return dir.resolve(id + ".sealed");
    }

    private Path recordFile(UUID id) {
        return dir.resolve(id + ".json");
    }

    private static void write(Path file, byte[] data) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, data);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
