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
 * and the time. The reasons are {@link Finding}s (keys {@link #NO_SELF_CHECK}, {@link #STALE}, {@link #CRITICAL_FAIL});
 * the application words them in the operator's language.
 */
public final class EnrollmentGate {
    /** No self-check ever ran on this workstation. */
    public static final String NO_SELF_CHECK = "gate.noSelfCheck";
    /** The last self-check is too old: arguments its age in days and the allowed maximum in days. */
    public static final String STALE = "gate.stale";
    /** A critical item FAILed: arguments the item ({@link #itemName}), what it found and its remedy. */
    public static final String CRITICAL_FAIL = "gate.criticalFail";
    /** The key of an item's name, e.g. {@code item.camera}. */
    public static String itemName(String item) {
        return "item." + item;
    }

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
        List<Finding> reasons = new ArrayList<>();
        if (last.isEmpty()) {
            reasons.add(Finding.of(NO_SELF_CHECK));
            return new Decision(false, reasons, Optional.empty());
        }
        SelfCheckReport r = last.get();
        Duration age = Duration.between(r.finishedAt(), now);
        if (age.compareTo(maxAge) > 0) {
            reasons.add(Finding.of(STALE, age.toDays(), maxAge.toDays()));
        }
        for (ItemResult item : r.items()) {
            if (item.status() == ItemStatus.FAIL && critical.contains(item.item())) {
                reasons.add(Finding.of(CRITICAL_FAIL, Finding.of(itemName(item.item())), item.summary(), item.remedy()));
            }
        }
        return new Decision(reasons.isEmpty(), reasons, Optional.of(r.finishedAt().plus(maxAge)));
    }

    /**
     * @param allowed   whether an enrollment may start
     * @param reasons   why not (for the screen, to be worded by the application), empty when allowed
     * @param dueBy     when the next self-check is due, if one ran
     */
    public record Decision(boolean allowed, List<Finding> reasons, Optional<Instant> dueBy) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }
}
