package io.enrollment.qc.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the whole corpus and prints every measure: run by hand to calibrate ({@code exec:java} or the IDE). */
public final class CorpusCalibration {
    public static void main(String[] args) throws Exception {
        CorpusCatalog k = new CorpusCatalog(VoiceCorpus.inTarget());
        List<Path> all = new ArrayList<>(List.of(k.male(), k.female(), k.noise(5, "whitenoise"), k.noise(10, "whitenoise"),
                k.noise(15, "whitenoise"), k.noise(20, "whitenoise"), k.noise(30, "whitenoise"), k.noise(10, "pinknoise"),
                k.noise(20, "pinknoise"),
                k.format("fmt-8bit", "-b", "8"), k.format("fmt-24bit", "-b", "24"), k.format("fmt-float", "-e", "floating-point"),
                k.format("fmt-alaw", "-e", "a-law"), k.format("fmt-ulaw", "-e", "u-law"), k.format("fmt-adpcm", "-e", "ima-adpcm"),
                k.format("fmt-stereo", "-c", "2"), k.format("fmt-8k", "-r", "8000"), k.format("fmt-11k", "-r", "11025"),
                k.rate(48000), k.rate(44100),
                k.telephone("ulaw", "wav", "-e", "u-law"), k.telephone("alaw", "wav", "-e", "a-law"), k.telephone("gsm", "gsm"),
                k.telephone("amrnb", "amr-nb"), k.bandPass(),
                k.noiseReduced(), k.noiseReducedHard(), k.gated(), k.clipped(), k.dcShifted(),
                k.gap(2.5, false), k.gap(2.5, true), k.dropout(40), k.dropout(80),
                k.truncatedStart(), k.truncatedEnd(), k.twoVoicesMixed(), k.twoVoicesTakingTurns(), k.wrongDigits()));
        CalibrationPrint.main(all.stream().map(Path::toString).toArray(String[]::new));
    }
}
