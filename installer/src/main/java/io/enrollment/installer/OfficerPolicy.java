package io.enrollment.installer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Who may log in and how long the workstation keeps what it must not keep for long.
 *
 * @param trustAnchors      PEM file of the CA certificates officers' certificates must chain to
 * @param supervisors       PEM file of the supervisors' certificates: they get the supervisor role and the
 *                          rejected captures are sealed to them (R-QC-3)
 * @param idleLock          no input for this long locks the screen
 * @param rejectedRetention a rejected capture nobody reviewed is purged after this long
 */
public record OfficerPolicy(Path trustAnchors, Path supervisors, Duration idleLock, Duration rejectedRetention) {
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);
    public static final Duration DEFAULT_REJECTED_RETENTION = Duration.ofDays(30);

    public OfficerPolicy {
        Objects.requireNonNull(trustAnchors, "trustAnchors");
        Objects.requireNonNull(supervisors, "supervisors");
        if (idleLock.isNegative() || idleLock.isZero()) {
            throw new IllegalArgumentException("session.idle-lock.minutes: at least 1 (was " + idleLock.toMinutes() + ")");
        }
        if (rejectedRetention.isNegative() || rejectedRetention.isZero()) {
            throw new IllegalArgumentException("rejected.retention.days: at least 1 (was " + rejectedRetention.toDays() + ")");
        }
    }

    /** The defaults: the PEM files in the data folder, 5 minutes, 30 days. */
    public static OfficerPolicy defaults(Path dataDir) {
        return new OfficerPolicy(dataDir.resolve("trust-anchors.pem"), dataDir.resolve("supervisors.pem"),
                DEFAULT_IDLE_LOCK, DEFAULT_REJECTED_RETENTION);
    }
}
