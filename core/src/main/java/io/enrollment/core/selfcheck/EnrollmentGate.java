package io.enrollment.core.selfcheck;

import io.enrollment.core.profile.Profile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether enrollment may go on, from the last self-check (R-SELF-1): blocked while there is none, while it
 * is older than the profile's {@code selfcheck.max-age.days}, or while a critical item (profile setting
 * {@code selfcheck.critical}, comma separated item ids) FAILed. Pure: the caller supplies the last report
 * and the time.
 */
public final class EnrollmentGate {
    private final Duration maxAge;
    private final Set<String> critical;

    public EnrollmentGate(Duration maxAge, Set<String> critical) {
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.critical = Set.copyOf(critical);
    }

    /**
     * The gate of a profile.
     *
     * @throws IllegalStateException when the profile defines no {@code selfcheck.max-age.days}
     */
    public static EnrollmentGate of(Profile profile) {
        double days = profile.threshold("selfcheck.max-age.days");
        Set<String> critical = new LinkedHashSet<>();
        Arrays.stream(profile.setting("selfcheck.critical", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).forEach(critical::add);
        return new EnrollmentGate(Duration.ofMinutes(Math.round(days * 24 * 60)), critical);
    }

    public Set<String> criticalItems() {
        return critical;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** The decision, with every reason when blocked. */
    public Decision decide(Optional<SelfCheckReport> last, Instant now) {
        List<String> reasons = new ArrayList<>();
        if (last.isEmpty()) {
            reasons.add("no self-check has been run on this workstation: run the self-check");
            return new Decision(false, reasons, Optional.empty());
        }
        SelfCheckReport r = last.get();
        Duration age = Duration.between(r.finishedAt(), now);
        if (age.compareTo(maxAge) > 0) {
            reasons.add("the last self-check is " + age.toDays() + " days old (at most " + maxAge.toDays()
                    + " allowed, R-SELF-1): run the self-check");
        }
        for (ItemResult item : r.items()) {
            if (item.status() == ItemStatus.FAIL && critical.contains(item.item())) {
                reasons.add("critical self-check item '" + item.item() + "' failed: " + item.summary()
                        + " — " + item.remedy());
            }
        }
        return new Decision(reasons.isEmpty(), reasons, Optional.of(r.finishedAt().plus(maxAge)));
    }

    /**
     * @param allowed   whether an enrollment may start
     * @param reasons   why not (for the screen), empty when allowed
     * @param dueBy     when the next self-check is due, if one ran
     */
    public record Decision(boolean allowed, List<String> reasons, Optional<Instant> dueBy) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }
}
