package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.voice.VoicePrompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Runs voice QC on corpus files (no speech model) and picks checks out of the reports. */
final class CorpusChecks {
    private static final VoiceQualityControl QC = new VoiceQualityControl(ProfileLoader.builtIn("ru"),
            SpeechRecognizerSource.none("no speech model in the test environment"));

    private CorpusChecks() {
    }

    static QualityReport report(Path wav) throws Exception {
        return QC.check(Files.readAllBytes(wav), Optional.of(VoicePrompt.parse(VoiceCorpus.PROMPT)), Optional.empty());
    }

    /** The check {@code name} of rule {@code id}; fails the test when it is missing. */
    static CheckResult check(QualityReport r, String id, String name) {
        return r.checks().stream().filter(c -> c.id().equals(id) && c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + "/" + name + " in " + r.checks()));
    }

    static CheckResult check(Path wav, String id, String name) throws Exception {
        return check(report(wav), id, name);
    }

    static void assertVerdict(Verdict expected, CheckResult c) {
        assertEquals(expected, c.verdict(), c.id() + "/" + c.name() + " measured " + c.measured() + " " + c.comparison().symbol()
                + " " + c.threshold() + " " + c.unit() + " (" + c.detail() + ")");
    }

    /** No check of the report failed, and every check that was measured passed. */
    static void assertNothingFails(QualityReport r) {
        assertTrue(r.failures().isEmpty(), "failures: " + r.failures());
    }
}
