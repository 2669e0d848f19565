package io.enrollment.qc.voice;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.voice.VoicePrompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Prints every check of every corpus file: a calibration aid, run by hand. */
public final class CalibrationPrint {
    public static void main(String[] args) throws Exception {
        VoiceQualityControl qc = new VoiceQualityControl(ProfileLoader.builtIn("ru"), SpeechRecognizerSource.none("calibration"));
        for (String a : args) {
            Path p = Path.of(a);
            try {
                QualityReport r = qc.check(Files.readAllBytes(p), Optional.of(VoicePrompt.parse(VoiceCorpus.PROMPT)), Optional.empty());
                StringBuilder b = new StringBuilder(p.getFileName() + " " + r.verdict() + ":");
                for (CheckResult c : r.checks()) {
                    if (!Double.isNaN(c.measured())) {
                        b.append(' ').append(c.name()).append('=').append(c.measured()).append(c.failed() ? "!" : "");
                    }
                }
                System.out.println(b);
                r.check("R-VOICE-1").ifPresent(c -> System.out.println("   " + c.detail()));
                r.check("R-VOICE-7").ifPresent(c -> System.out.println("   " + c.detail()));
            } catch (io.enrollment.qc.UnreadableSampleException e) {
                System.out.println(p.getFileName() + " UNREADABLE " + e.getMessage());
            }
        }
    }
}
