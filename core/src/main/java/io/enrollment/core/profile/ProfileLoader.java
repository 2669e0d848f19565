package io.enrollment.core.profile;

import io.enrollment.core.Modality;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a profile from its properties text. Keys starting with {@code threshold.} are numbers the
 * checks use; {@code setting.} keys are other choices; the rest describe the profile.
 * Every problem found is reported at once, naming the key.
 */
public final class ProfileLoader {
    /** Profiles shipped with the workstation. */
    public static final List<String> BUILT_IN = List.of("ru", "kg");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)+");

    private ProfileLoader() {
    }

    /** A profile shipped in this jar ({@code ru}, {@code kg}). */
    public static Profile builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("unknown profile '" + id + "' (known: " + String.join(", ", BUILT_IN) + ")");
        }
        try (InputStream in = ProfileLoader.class.getResourceAsStream(id + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("profile resource " + id + ".properties is missing from the jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in profile " + id, e);
        }
    }

    /**
     * Parses a profile.
     *
     * @throws ProfileException listing every invalid or missing key
     */
    public static Profile parse(Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        List<String> problems = new ArrayList<>();
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (key.startsWith("threshold.")) {
                String name = key.substring("threshold.".length());
                if (!KEY.matcher(name).matches()) {
                    problems.add(key + ": threshold names look like face.yaw.max");
                    continue;
                }
                try {
                    double v = Double.parseDouble(value);
                    if (!Double.isFinite(v)) {
                        problems.add(key + ": not a finite number: " + value);
                    } else {
                        thresholds.put(name, v);
                    }
                } catch (NumberFormatException e) {
                    problems.add(key + ": not a number: '" + value + "'");
                }
            } else if (key.startsWith("setting.")) {
                settings.put(key.substring("setting.".length()), value);
            } else if (!List.of("id", "name", "modalities", "retention.years", "consent.version").contains(key)) {
                problems.add(key + ": unknown key (thresholds start with 'threshold.', other choices with 'setting.')");
            }
        }
        String id = required(p, "id", problems);
        String name = required(p, "name", problems);
        String consent = required(p, "consent.version", problems);
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        for (String m : required(p, "modalities", problems).split(",")) {
            if (m.isBlank()) {
                continue;
            }
            try {
                modalities.add(Modality.fromCode(m.strip()));
            } catch (IllegalArgumentException e) {
                problems.add("modalities: " + e.getMessage());
            }
        }
        if (modalities.isEmpty()) {
            problems.add("modalities: at least one of face, voice, finger");
        }
        int retention = 0;
        try {
            retention = Integer.parseInt(required(p, "retention.years", problems));
            if (retention < 1 || retention > 5) {
                problems.add("retention.years: must be 1-5 (R-STORE-2), was " + retention);
            }
        } catch (NumberFormatException e) {
            problems.add("retention.years: not a whole number");
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new ProfileException("profile " + (id.isEmpty() ? "?" : id) + " is invalid: " + String.join("; ", problems));
        }
        return new Profile(id, name, modalities, retention, consent, thresholds, settings);
    }

    private static String required(Properties p, String key, List<String> problems) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            problems.add(key + ": missing");
            return "";
        }
        return v.strip();
    }
}
