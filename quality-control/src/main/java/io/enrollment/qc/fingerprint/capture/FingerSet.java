package io.enrollment.qc.fingerprint.capture;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.sample.FingerPosition;
import java.util.ArrayList;
import java.util.List;

/** The fingers a profile collects, from its setting {@code finger.positions} (ISO 19794-2 codes, comma separated). */
public final class FingerSet {
    /** Used when the profile does not say: all ten fingers. */
    public static final String ALL_TEN = "1,2,3,4,5,6,7,8,9,10";

    private FingerSet() {
    }

    /**
     * @throws IllegalArgumentException naming the bad entry when the setting is malformed or repeats a finger
     */
    public static List<FingerPosition> of(Profile profile) {
        return parse(profile.setting("finger.positions", ALL_TEN));
    }

    public static List<FingerPosition> parse(String codes) {
        List<FingerPosition> fingers = new ArrayList<>();
        for (String part : codes.split(",")) {
            String code = part.trim();
            FingerPosition f;
            try {
                f = FingerPosition.fromIsoCode(Integer.parseInt(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("finger.positions: '" + code + "' is not a finger code 1–10", e);
            }
            if (fingers.contains(f)) {
                throw new IllegalArgumentException("finger.positions lists " + f + " twice");
            }
            fingers.add(f);
        }
        if (fingers.isEmpty()) {
            throw new IllegalArgumentException("finger.positions lists no finger");
        }
        return List.copyOf(fingers);
    }
}
