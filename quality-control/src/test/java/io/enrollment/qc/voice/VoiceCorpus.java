package io.enrollment.qc.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The test corpus, made at test time (never committed): espeak-ng speaks Russian digits, sox adds noise at
 * a chosen active-speech SNR and makes each defect. Files are cached under {@code target/voice-corpus}
 * so that one test class generates each file once. sox runs with {@code -R} (repeatable random numbers:
 * the same noise and dither on every run), so the corpus is the same on every machine.
 */
final class VoiceCorpus {
    /** The prompt every corpus recording reads (unless it is the wrong-digits case). */
    static final String PROMPT = "7 2 9 4 1 0 5 3";
    static final String PROMPT_WORDS = "семь, два, девять, четыре, один, ноль, пять, три";
    static final String MALE = "ru";
    static final String FEMALE = "ru+f3";
    /** SNR of the "good" recordings: a quiet room with a decent microphone. */
    static final double GOOD_SNR = 35;

    final Path dir;

    VoiceCorpus(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    static VoiceCorpus inTarget() throws IOException {
        return new VoiceCorpus(Path.of("target", "voice-corpus").toAbsolutePath());
    }

    /** espeak-ng's voice, 16 kHz 16-bit mono, with digital silence around it. */
    Path speech(String name, String voice, String words) throws IOException {
        Path out = dir.resolve(name + ".wav");
        if (!Files.exists(out)) {
            Path raw = dir.resolve(name + ".espeak.wav");
            List<String> cmd = new ArrayList<>(List.of("espeak-ng", "-v", voice, "-s", "150", "-w", raw.toString()));
            if (voice.contains("+f")) {
                cmd.addAll(List.of("-p", "70"));
            }
            cmd.add(words);
            run(cmd);
            sox(raw.toString(), "-r", "16000", "-b", "16", out.toString(), "pad", "0.6", "0.6");
        }
        return out;
    }

    /** The clean speech of {@code voice} with white noise mixed in at {@code snrDb} (active speech level). */
    Path noisy(String name, Path clean, double snrDb, String noiseType) throws IOException {
        Path out = dir.resolve(name + ".wav");
        if (!Files.exists(out)) {
            int rate = soxRate(clean);
            double seconds = TestWav.read(clean).length / (double) rate;
            Path noise = dir.resolve(name + ".noise.wav");
            sox("-n", "-r", String.valueOf(rate), "-b", "16", "-c", "1", noise.toString(), "synth",
                    String.format(Locale.ROOT, "%.4f", seconds), noiseType, "vol", "0.1");
            double speechPower = activeSpeechPower(TestWav.read(clean));
            double noisePower = meanSquare(TestWav.read(noise));
            double gain = Math.sqrt(speechPower / (noisePower * Math.pow(10, snrDb / 10)));
            sox("-m", "-v", "1", clean.toString(), "-v", String.format(Locale.ROOT, "%.6f", gain), noise.toString(), out.toString());
        }
        return out;
    }

    /** {@code sox IN OUT effects…} cached under {@code name}; the format options go before OUT. */
    Path derive(String name, Path in, List<String> outFormat, String... effects) throws IOException {
        Path out = dir.resolve(name + ".wav");
        if (!Files.exists(out)) {
            List<String> args = new ArrayList<>(List.of(in.toString()));
            args.addAll(outFormat);
            args.add(out.toString());
            args.addAll(Arrays.asList(effects));
            sox(args.toArray(String[]::new));
        }
        return out;
    }

    /** Any sox command line whose last file argument is {@code name}.wav, cached. */
    Path make(String name, String... args) throws IOException {
        Path out = dir.resolve(name + ".wav");
        if (!Files.exists(out)) {
            List<String> a = new ArrayList<>();
            for (String s : args) {
                a.add(s.equals("OUT") ? out.toString() : s);
            }
            sox(a.toArray(String[]::new));
        }
        return out;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    void sox(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("sox", "-R", "-q", "-V1"));
        cmd.addAll(Arrays.asList(args));
        run(cmd);
    }

    static int soxRate(Path wav) throws IOException {
        byte[] b = Files.readAllBytes(wav);
        return (b[24] & 0xFF) | (b[25] & 0xFF) << 8 | (b[26] & 0xFF) << 16;
    }

    static void run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Truth for the SNR tests: mean power of the clean recording's 20 ms frames that lie within 35 dB of
     * its loudest frame (clean espeak output is digital silence between words, so this is its active level).
     */
    static double activeSpeechPower(float[] x) {
        int frame = 320;
        List<Double> powers = new ArrayList<>();
        for (int i = 0; i + frame <= x.length; i += frame) {
            powers.add(meanSquare(Arrays.copyOfRange(x, i, i + frame)));
        }
        double max = powers.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return powers.stream().mapToDouble(Double::doubleValue).filter(p -> p >= max * Math.pow(10, -3.5)).average().orElse(0);
    }

    static double meanSquare(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v * v;
        }
        return s / x.length;
    }
}
