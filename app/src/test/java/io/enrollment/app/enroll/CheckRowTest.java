package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule indicators speak the screen's language: a check's name and unit come from the bundles
 * ({@code check.name.*}, {@code unit.*}), and every name and unit the quality-control module can produce has
 * its words in both bundles.
 */
class CheckRowTest {
    private static final Messages RU = new Messages(Locale.forLanguageTag("ru"));
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Path QC_SOURCES = Path.of("../quality-control/src/main/java");
    /** A CheckResult made by one of these calls; which argument holds the name and which the unit. */
    private static final Pattern CALL = Pattern.compile("\\b(measured|notVerified|measuredOr|new CheckResult)\\(");

    @Test
    void yawIndicatorIsWordedInRussianWithItsUnitAndThreshold_R_FACE_2() {
        CheckResult yaw = CheckResult.measured("R-FACE-2", "yaw", 7.5, Comparison.AT_MOST, 5, "deg", "turn");
        CheckRow ru = CheckRow.of(yaw, RU);
        assertEquals("поворот головы", ru.label());
        assertEquals("yaw", ru.name(), "the check's id stays as the report has it");
        assertEquals("измерено 7.50 °; требуется ≤ 5", ru.measuredText());
        CheckRow en = CheckRow.of(yaw, EN);
        assertEquals("head turned (yaw)", en.label());
        assertEquals("measured 7.50 deg; required ≤ 5", en.measuredText());
    }

    @Test
    void aCheckNoBundleWordsIsShownByItsId() {
        CheckRow row = CheckRow.of(CheckResult.measured("R-X-1", "some-new-check", 1, Comparison.AT_LEAST, 1, "widgets", ""), RU);
        assertEquals("some-new-check", row.label());
        assertTrue(row.measuredText().contains("1 widgets"), row.measuredText());
    }

    @Test
    void everyCheckNameAndUnitOfQualityControlHasWordsInBothLanguages() throws IOException {
        Set<String> names = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            Matcher m = CALL.matcher(code);
            while (m.find()) {
                List<String> args = arguments(code, m.end());
                String call = m.group(1);
                literal(args, 1).ifPresent(names::add);
                int unitAt = call.equals("notVerified") || call.equals("measuredOr") ? 4 : 5;
                literal(args, unitAt).ifPresent(units::add);
            }
            Matcher evidence = Pattern.compile("\\bevidence\\(\"([a-z][a-z0-9-]*)\"").matcher(code);
            while (evidence.find()) {
                names.add(evidence.group(1));
            }
        }
        assertTrue(names.size() > 50 && names.contains("yaw") && names.contains("quality-score") && names.contains("active-snr"),
                "the scan finds the face, finger and voice checks: " + names);
        assertTrue(units.contains("deg") && units.contains("Hz"), units.toString());
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            for (Messages m : List.of(RU, EN)) {
                if (!m.bundle().containsKey("check.name." + n)) {
                    missing.add(m.locale() + " check.name." + n);
                }
            }
        }
        for (String u : units) {
            for (Messages m : List.of(RU, EN)) {
                if (!m.bundle().containsKey("unit." + u)) {
                    missing.add(m.locale() + " unit." + u);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(QC_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static java.util.Optional<String> literal(List<String> args, int index) {
        if (index >= args.size()) {
            return java.util.Optional.empty();
        }
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(args.get(index));
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String code, int from) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(code.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    out.add(current.toString().trim());
                    return out;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return out;
    }
}
