package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clock: the wall clock advances with the monotonic clock, it never went back behind the latest time this
 * workstation recorded ({@code DATA/selfcheck/clock.last}: a rollback is a security incident), and it agrees
 * with the central system's clock within the profile's {@code selfcheck.clock.drift.max.seconds}.
 */
public final class ClockCheck implements SelfCheckItem {
    /** Measurement name the self-check service looks for to raise a CLOCK_ROLLBACK incident. */
    public static final String ROLLBACK = "rollback";
    private static final long SETTLE_MS = 200;
    private static final long ROLLBACK_TOLERANCE_S = 60;

    private final Clock clock;
    private final Path lastSeenFile;
    private final CentralProbe central;
    private final Profile profile;

    public ClockCheck(Clock clock, Path lastSeenFile, CentralProbe central, Profile profile) {
        this.clock = clock;
        this.lastSeenFile = lastSeenFile;
        this.central = central;
        this.profile = profile;
    }

    @Override
    public String id() {
        return "clock";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        long mono0 = System.nanoTime();
        Instant wall0 = clock.instant();
        try {
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long monoMs = (System.nanoTime() - mono0) / 1_000_000;
        Instant now = clock.instant();
        long wallMs = Duration.between(wall0, now).toMillis();
        m.add(Measurement.of("wall vs monotonic over " + monoMs + " ms", wallMs - monoMs, "ms"));
        Optional<Instant> lastSeen = lastSeen();
        lastSeen.ifPresent(t -> m.add(Measurement.of("latest recorded time", t, "")));
        if (lastSeen.isPresent() && now.isBefore(lastSeen.get().minusSeconds(ROLLBACK_TOLERANCE_S))) {
            m.add(Measurement.of(ROLLBACK, Duration.between(now, lastSeen.get()).toSeconds(), "s"));
            return ItemResult.fail(id(), Finding.of("clock.rollback", Duration.between(now, lastSeen.get()).toMinutes()), m,
                    Finding.of("clock.remedy.rollback"));
        }
        remember(now, lastSeen);
        if (Math.abs(wallMs - monoMs) > 1000) {
            return ItemResult.fail(id(), Finding.of("clock.jump", wallMs - monoMs), m, Finding.of("clock.remedy.ntpSmooth"));
        }
        CentralProbe.Contact contact = central.contact();
        double maxDrift = profile.threshold("selfcheck.clock.drift.max.seconds");
        if (contact.centralTime().isEmpty()) {
            m.add(Measurement.of("drift from central", "not measured", "s"));
            return ItemResult.warn(id(), Finding.of("clock.driftNotMeasured", contact.reached() ? Finding.of("clock.noDateHeader")
                    : contact.problem()), m, Finding.of("clock.remedy.network"));
        }
        long drift = Duration.between(contact.centralTime().get(), contact.localTime()).toSeconds();
        m.add(Measurement.against("drift from central", drift, "|x| <= " + (long) maxDrift, "s"));
        if (Math.abs(drift) > maxDrift) {
            return ItemResult.fail(id(), Finding.of("clock.drift", drift, (long) maxDrift), m, Finding.of("clock.remedy.ntp"));
        }
        return ItemResult.ok(id(), Finding.of("clock.ok", drift), m);
    }

    private Optional<Instant> lastSeen() {
        try {
            return Optional.of(Instant.parse(Files.readString(lastSeenFile, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void remember(Instant now, Optional<Instant> lastSeen) {
        Instant latest = lastSeen.filter(t -> t.isAfter(now)).orElse(now);
        try {
            Files.createDirectories(lastSeenFile.getParent());
            Files.writeString(lastSeenFile, latest.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the next check has no reference; the storage item reports an unwritable data folder
        }
    }
}
