package io.enrollment.core.profile;

import io.enrollment.core.Modality;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A regulatory profile ({@code ru}, {@code kg}): which modalities are collected and every threshold the
 * checks are held against. Loaded from data ({@link ProfileLoader}); the checks never hard-code a number.
 *
 * @param id                  {@code ru} or {@code kg}
 * @param displayName         human name of the profile
 * @param requiredModalities  what every enrollment collects (R-GEN-4)
 * @param retentionYears      use-by period of a package from its collection (R-STORE-2)
 * @param consentTextVersion  version of the consent text the operator shows
 * @param thresholds          numeric thresholds by key (e.g. {@code face.yaw.max})
 * @param settings            other profile settings by key (e.g. {@code fingerprint.fingers})
 */
public record Profile(String id, String displayName, Set<Modality> requiredModalities, int retentionYears,
                      String consentTextVersion, Map<String, Double> thresholds, Map<String, String> settings) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        if (requiredModalities.isEmpty()) {
            throw new IllegalArgumentException("profile " + id + " requires no modality");
        }
        requiredModalities = Collections.unmodifiableSet(EnumSet.copyOf(requiredModalities));
        if (retentionYears < 1 || retentionYears > 5) {
            throw new IllegalArgumentException("profile " + id + ": retention must be 1-5 years (R-STORE-2), was " + retentionYears);
        }
        Objects.requireNonNull(consentTextVersion, "consentTextVersion");
        thresholds = Collections.unmodifiableMap(new TreeMap<>(thresholds));
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /**
     * The threshold for {@code key}.
     *
     * @throws IllegalStateException when the profile does not define it: a check must never fall back
     *                               to a number of its own
     */
    public double threshold(String key) {
        Double value = thresholds.get(key);
        if (value == null) {
            throw new IllegalStateException("profile " + id + " defines no threshold '" + key + "'");
        }
        return value;
    }

    public boolean hasThreshold(String key) {
        return thresholds.containsKey(key);
    }

    /** A non-numeric setting, or {@code fallback} when the profile leaves it out. */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    public boolean requires(Modality modality) {
        return requiredModalities.contains(modality);
    }
}
