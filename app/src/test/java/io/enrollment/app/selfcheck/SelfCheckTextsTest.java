package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Modality;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.core.selfcheck.SelfCheckReport;
import io.enrollment.queue.QueueIncident;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R-SELF-1 / R-INC-1 texts in the operator's language: every self-check finding, gate reason and incident detail
 * of {@code selfcheck.properties} has a Russian wording that carries every argument and leaks no English; every
 * key the code builds is in both bundles; and the real gate's reasons and items' findings read in Russian.
 */
class SelfCheckTextsTest {
    private static final SelfCheckTexts RU = new SelfCheckTexts(Locale.forLanguageTag("ru"));
    private static final SelfCheckTexts EN = SelfCheckTexts.english();

    /**
     * Latin words a Russian text may hold besides its arguments: units, R-IDs (checked by pattern), acronyms of
     * the trade, and the configuration keys, commands and file names a clerk or technician types in literally.
     */
    private static final Set<String> TECHNICAL = Set.of(
            // units without a Russian form
            "dBFS",
            // acronyms and formats
            "PIN", "USB", "NTP", "TLS", "PKCS#11", "PEM", "JPEG", "PNG", "WAV", "R-ID",
            // configuration keys and their values (docs/configuration.md)
            "camera", "camera=device:0", "camera.distance.cm", "microphone", "microphone=device:NAME",
            "microphone=file", "scanner.port", "scanner.baud", "token.library", "tls.keystore",
            "tls.keystore.password-file", "central.certificate", "central.url", "data.dir", "profile", "kg",
            "/dev/ttyUSB0", "docs/configuration.md", "video",
            // commands
            "./workstation", "demo", "workstation", "audit", "verify", "queue", "status", "timedatectl", "set-ntp",
            "true");
    private static final Pattern R_ID = Pattern.compile("R-[A-Z]+-\\d+");
    private static final Pattern LATIN_WORD = Pattern.compile("[./]*[A-Za-z][A-Za-z0-9#._/:=-]*");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(SelfCheckTextsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> findingKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String k : new TreeSet<>(bundle("selfcheck.properties").stringPropertyNames())) {
            if (k.startsWith(SelfCheckTexts.PREFIX)) {
                keys.add(k.substring(SelfCheckTexts.PREFIX.length()));
            }
        }
        return keys;
    }

    private static int argumentCount(SelfCheckTexts t, String key) {
        return new MessageFormat(t.bundle().getString(SelfCheckTexts.PREFIX + key)).getFormatsByArgumentIndex().length;
    }

    /** Latin words of a Russian text that are neither arguments nor technical terms (also used by the screen test). */
    static List<String> english(String russian, List<Object> args) {
        String rest = russian;
        for (Object a : args) {
            if (a instanceof String) {
                rest = rest.replace((String) a, " ");
            }
        }
        List<String> leaked = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(R_ID.matcher(rest).replaceAll(" "));
        while (m.find()) {
            String word = m.group().replaceAll("[.:-]+$", "");
            if (!TECHNICAL.contains(word) && !TECHNICAL.contains(word.replaceAll("…$", ""))) {
                leaked.add(word);
            }
        }
        return leaked;
    }

    @Test
    void rSelf1_bothBundlesHoldTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("selfcheck.properties").stringPropertyNames()),
                new TreeSet<>(bundle("selfcheck_ru.properties").stringPropertyNames()));
    }

    @Test
    void rSelf1_rInc1_everyFindingReadsInRussianWithItsArgumentsAndNoEnglish() throws IOException {
        List<String> keys = findingKeys();
        assertTrue(keys.size() > 150, "the findings, reasons and incident details: " + keys.size());
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            int n = argumentCount(EN, key);
            if (argumentCount(RU, key) != n) {
                problems.add(key + ": " + n + " arguments in English, " + argumentCount(RU, key) + " in Russian");
                continue;
            }
            // distinct values without letters, so that what is left of the text is the bundle's own words
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                args.add(String.valueOf(40_417 + i * 7));
            }
            Finding f = new Finding(key, args);
            String ru = RU.render(f);
            String en = EN.render(f);
            for (Object a : args) {
                if (!ru.contains((String) a) || !en.contains((String) a)) {
                    problems.add(key + ": argument " + a + " missing in «" + ru + "» / «" + en + "»");
                }
            }
            if (ru.startsWith("!") || en.startsWith("!")) {
                problems.add(key + ": no text");
            }
            List<String> leaked = english(ru, args);
            if (!leaked.isEmpty()) {
                problems.add(key + ": English in the Russian text " + leaked + ": «" + ru + "»");
            }
            boolean hasWords = en.replaceAll("[^A-Za-z]", "").length() > 1;
            if (hasWords && !ru.matches("(?s).*[А-Яа-яЁё].*") && !key.startsWith("role.") && !ru.equals(en)) {
                problems.add(key + ": not Russian: «" + ru + "»");
            }
            if (hasWords && ru.equals(en) && !key.equals("incident.device.described")) {
                problems.add(key + ": the same in both languages: «" + ru + "»");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rSelf1_rInc1_everyKeyTheCodeBuildsIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        // keys written literally in the code: Finding.of("key" …)
        Pattern literal = Pattern.compile("Finding\\.of\\(\\s*\"([a-zA-Z0-9.-]+)\"");
        int literals = 0;
        for (Path root : List.of(Path.of("src/main/java/io/enrollment/app"), Path.of("../core/src/main/java/io/enrollment/core/selfcheck"))) {
            List<Path> sources;
            try (Stream<Path> s = Files.walk(root)) {
                sources = s.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path file : sources) {
                String code = Files.readString(file);
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    literals++;
                    // a key ending in a dot is completed from an enum or id: those are enumerated below
                    if (!m.group(1).endsWith(".") && EN.render(Finding.of(m.group(1))).startsWith("!")) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(literals > 100, "the scan found the findings of the items: " + literals);
        // keys built from enums and ids
        List<String> built = new ArrayList<>();
        for (ItemStatus s : ItemStatus.values()) {
            assertFalse(RU.status(s).startsWith("!"), s.name());
        }
        for (IncidentType t : IncidentType.values()) {
            assertFalse(RU.incidentType(t).startsWith("!"), t.name());
            assertFalse(EN.incidentType(t).startsWith("!"), t.name());
        }
        for (QueueIncident.Type t : QueueIncident.Type.values()) {
            built.add("incident.queue." + t.name());
        }
        for (SecurityEvent.Type t : SecurityEvent.Type.values()) {
            built.add("incident.signing." + t.name());
        }
        for (SigningError e : SigningError.values()) {
            built.add("certificate." + e.name());
        }
        for (Modality m : Modality.values()) {
            built.add("modality." + m.name());
        }
        for (Verdict v : Verdict.values()) {
            built.add("verdict." + v.name());
        }
        for (String item : List.of("camera", "microphone", "scanner", "token", "qc-engine", "integrity", "clock", "storage",
                "configuration")) {
            built.add(EnrollmentGate.itemName(item));
        }
        for (io.enrollment.app.shell.ScreenAccess.Destination d : io.enrollment.app.shell.ScreenAccess.Destination.values()) {
            built.add("screen." + d.id());
        }
        for (io.enrollment.core.Officer.Role r : io.enrollment.core.Officer.Role.values()) {
            built.add("role." + r.name());
        }
        built.addAll(List.of(EnrollmentGate.NO_SELF_CHECK, EnrollmentGate.STALE, EnrollmentGate.CRITICAL_FAIL,
                io.enrollment.app.selfcheck.items.StorageCheck.QUEUE_DAMAGED,
                io.enrollment.app.selfcheck.items.StorageCheck.AUDIT_BROKEN));
        built.add("incident.device.camera");
        built.add("incident.device.serial");
        for (String k : built) {
            if (EN.render(Finding.of(k)).startsWith("!") || RU.render(Finding.of(k)).startsWith("!")) {
                missing.add(k);
            }
        }
        assertTrue(missing.isEmpty(), "keys the code uses but the bundles lack: " + missing);
    }

    @Test
    void rSelf1_theGateSReasonsReadInRussianWithTheirFigures() {
        EnrollmentGate gate = EnrollmentGate.of(ProfileLoader.builtIn("ru"));
        Instant run = Instant.parse("2026-11-16T08:00:00Z");
        Finding silence = Finding.of("microphone.silence", Finding.of("microphone.source.file", "demo-room.wav"), "-120");
        SelfCheckReport report = new SelfCheckReport(UUID.randomUUID(), "WS-1", "ru", run, run.plusSeconds(20), "operator",
                List.of(ItemResult.fail("microphone", silence, List.of(), Finding.of("microphone.remedy.unmute"))));

        String none = RU.render(gate.decide(Optional.empty(), run).reasons());
        assertEquals("на этой рабочей станции самопроверка ещё не проводилась: запустите самопроверку", none);

        List<Finding> reasons = gate.decide(Optional.of(report), run.plusSeconds(86_400L * 9 + 60)).reasons();
        String ru = RU.render(reasons);
        assertEquals("последняя самопроверка проведена 9 дн. назад (допускается не более 7 дн., R-SELF-1): запустите "
                + "самопроверку\nкритически важная проверка «Микрофон» не пройдена: образец фонового шума помещения demo-room.wav: "
                + "полная цифровая тишина (-120 dBFS) — микрофон отключён или не подсоединён: включите его в настройках "
                + "звука системы и проверьте кабель", ru);
        assertEquals(List.of(), english(ru, List.of("demo-room.wav")));
        // the machine outputs keep their English words
        assertTrue(EN.render(reasons).startsWith("the last self-check is 9 days old (at most 7 allowed, R-SELF-1)"),
                EN.render(reasons));
        assertTrue(EN.render(reasons).contains("critical self-check item 'microphone' failed: room sample demo-room.wav is "
                + "digital silence (-120 dBFS) — the microphone is muted"), EN.render(reasons));
    }

    @Test
    void rSelf1_aNestedListAndAVerbatimTextFromAnOldReport() {
        Finding differ = Finding.of("integrity.differ", 2, Finding.list(List.of(
                Finding.of("integrity.changed", "lib/qc.jar"), Finding.of("integrity.missing", "lib/core.jar"))));
        assertEquals("файлы программы отличаются от официальной сборки (файлов: 2): файл lib/qc.jar изменён; "
                + "файл lib/core.jar отсутствует", RU.render(differ));
        assertEquals("2 application file(s) differ from the build: lib/qc.jar was changed; lib/core.jar is missing",
                EN.render(differ));
        assertEquals("no camera at /dev/video0", RU.render(Finding.verbatim("no camera at /dev/video0")),
                "a report stored before findings had keys shows its English text as it is");
        assertEquals("", RU.render(Finding.NONE));
        assertEquals("!no.such.key!", RU.render(Finding.of("no.such.key")));
    }

    @Test
    void rSelf1_theReportJsonKeepsItsEnglishSentencesWithTheFindingsBesideThem() throws IOException {
        Instant run = Instant.parse("2026-11-16T08:00:00Z");
        Finding silence = Finding.of("microphone.silence", Finding.of("microphone.source.file", "demo-room.wav"), "-120");
        Finding unmute = Finding.of("microphone.remedy.unmute");
        SelfCheckReport report = new SelfCheckReport(UUID.randomUUID(), "WS-1", "ru", run, run.plusSeconds(20), "cli",
                List.of(ItemResult.fail("microphone", silence, List.of(), unmute),
                        ItemResult.ok("clock", Finding.of("clock.ok", "0"), List.of())));
        String json = SelfCheckJson.text(report);
        assertTrue(json.contains("\"summary\" : \"room sample demo-room.wav is digital silence (-120 dBFS)\""), json);
        assertTrue(json.contains("\"remedy\" : \"the microphone is muted or disconnected: unmute it"), json);
        assertTrue(json.contains("\"summaryKey\" : \"microphone.silence\""), json);
        assertTrue(json.contains("\"remedy\" : \"\""), "an OK item's remedy stays an empty text: " + json);
        SelfCheckReport back = SelfCheckJson.decode(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(report.items(), back.items());

        // a report stored before this change: the English texts only
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        old.withArray("items").forEach(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i)
                .remove(List.of("summaryKey", "summaryArgs", "remedyKey", "remedyArgs")));
        assertFalse(old.toString().contains("Key"), old.toString());
        ItemResult mic = SelfCheckJson.decode(old.toString().getBytes(StandardCharsets.UTF_8)).items().get(0);
        assertEquals(Finding.verbatim("room sample demo-room.wav is digital silence (-120 dBFS)"), mic.summary());
        assertNotEquals(Finding.NONE, mic.remedy());
    }
}
