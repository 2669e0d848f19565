package io.enrollment.qc.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Every corpus case by name: a clean male and female take, and one file per defect the issue lists. */
final class CorpusCatalog {
    final VoiceCorpus c;

    CorpusCatalog(VoiceCorpus corpus) {
        this.c = corpus;
    }

    Path maleClean() throws IOException {
        return c.speech("male-clean", VoiceCorpus.MALE, VoiceCorpus.PROMPT_WORDS);
    }

    Path femaleClean() throws IOException {
        return c.speech("female-clean", VoiceCorpus.FEMALE, VoiceCorpus.PROMPT_WORDS);
    }

    /** The good take: male voice, white noise 35 dB below the active speech level. */
    Path male() throws IOException {
        return c.noisy("male-good", maleClean(), VoiceCorpus.GOOD_SNR, "whitenoise");
    }

    Path female() throws IOException {
        return c.noisy("female-good", femaleClean(), VoiceCorpus.GOOD_SNR, "pinknoise");
    }

    Path noise(double snr, String type) throws IOException {
        return c.noisy("male-" + type + "-" + (int) snr + "db", maleClean(), snr, type);
    }

    Path format(String name, String... outFormat) throws IOException {
        return c.derive(name, male(), List.of(outFormat));
    }

    Path rate(int hz) throws IOException {
        return c.noisy("male-good-" + hz, c.derive("male-clean-" + hz, maleClean(), List.of("-r", String.valueOf(hz))),
                VoiceCorpus.GOOD_SNR, "whitenoise");
    }

    /** A round trip through a narrowband telephone format and back to 16 kHz 16-bit PCM. */
    Path telephone(String name, String type, String... encoding) throws IOException {
        Path mid = c.file("tel-" + name + "-8k." + type);
        if (!java.nio.file.Files.exists(c.file("tel-" + name + ".wav"))) {
            java.util.List<String> a = new java.util.ArrayList<>(List.of(male().toString(), "-r", "8000"));
            a.addAll(List.of(encoding));
            a.addAll(List.of("-t", type, mid.toString()));
            c.sox(a.toArray(String[]::new));
        }
        return c.make("tel-" + name, "-t", type, mid.toString(), "-r", "16000", "-e", "signed-integer", "-b", "16", "OUT");
    }

    Path bandPass() throws IOException {
        return c.derive("tel-bandpass", male(), List.of(), "sinc", "300-3400");
    }

    Path noiseReduced() throws IOException {
        Path noisy = noise(20, "whitenoise");
        Path prof = c.file("noisered.prof");
        if (!java.nio.file.Files.exists(c.file("nr-noisered.wav"))) {
            c.sox(noisy.toString(), "-n", "trim", "0", "0.5", "noiseprof", prof.toString());
        }
        return c.derive("nr-noisered-0.1", noisy, List.of(), "noisered", prof.toString(), "0.1");
    }

    /** Aggressive suppression: the pauses end up near digital silence. */
    Path noiseReducedHard() throws IOException {
        noiseReduced();
        return c.derive("nr-noisered-0.3", noise(20, "whitenoise"), List.of(), "noisered", c.file("noisered.prof").toString(), "0.3");
    }

    Path gated() throws IOException {
        return c.derive("nr-gated", noise(30, "whitenoise"), List.of(), "compand", "0.005,0.05",
                "-inf,-40.1,-inf,-40,-40", "0", "-90", "0.02");
    }

    Path clipped() throws IOException {
        return c.derive("clipped", male(), List.of(), "gain", "14");
    }

    Path dcShifted() throws IOException {
        return c.derive("dc-shift", male(), List.of(), "dcshift", "0.05");
    }

    /** Two readings of half the prompt each, with {@code seconds} of noise (or digital silence) between. */
    Path gap(double seconds, boolean zeros) throws IOException {
        String name = "gap-" + (int) (seconds * 1000) + (zeros ? "-zeros" : "-noise");
        Path first = c.speech("half1-clean", VoiceCorpus.MALE, "семь, два, девять, четыре");
        Path second = c.speech("half2-clean", VoiceCorpus.MALE, "один, ноль, пять, три");
        Path middle = c.make("silence-" + (int) (seconds * 1000), "-D", "-n", "-r", "16000", "-b", "16", "-c", "1", "OUT",
                "trim", "0", String.valueOf(seconds));
        if (zeros) {
            Path a = c.noisy("half1-good", first, VoiceCorpus.GOOD_SNR, "whitenoise");
            Path b = c.noisy("half2-good", second, VoiceCorpus.GOOD_SNR, "whitenoise");
            return c.make(name, a.toString(), middle.toString(), b.toString(), "OUT");
        }
        Path joined = c.make(name + "-clean", first.toString(), middle.toString(), second.toString(), "OUT");
        return c.noisy(name, joined, VoiceCorpus.GOOD_SNR, "whitenoise");
    }

    /** {@code ms} of digital silence inserted in the middle of the loudest vowel. */
    Path dropout(int ms) throws IOException {
        float[] x = TestWav.read(maleClean());
        int frame = 320;
        int best = 0;
        double bestPower = -1;
        for (int i = 0; i + frame <= x.length; i += frame) {
            double p = VoiceCorpus.meanSquare(java.util.Arrays.copyOfRange(x, i, i + frame));
            if (p > bestPower) {
                bestPower = p;
                best = i;
            }
        }
        double at = (best + frame / 2) / 16000.0;
        return c.derive("dropout-" + ms + "ms-at-" + String.format(java.util.Locale.ROOT, "%.3f", at), male(), List.of(), "pad", (ms / 1000.0) + "@" + String.format(java.util.Locale.ROOT, "%.3f", at));
    }

    Path truncatedStart() throws IOException {
        return c.derive("trunc-start-0.75", male(), List.of(), "trim", "0.75");
    }

    Path truncatedEnd() throws IOException {
        return c.derive("trunc-end-1.25", male(), List.of(), "trim", "0", "-1.25");
    }

    Path twoVoicesMixed() throws IOException {
        Path mixed = c.make("mixed-clean", "-m", "-v", "1", maleClean().toString(), "-v", "1", femaleClean().toString(), "OUT");
        return c.noisy("two-mixed-good", mixed, VoiceCorpus.GOOD_SNR, "whitenoise");
    }

    Path twoVoicesTakingTurns() throws IOException {
        Path a = c.speech("turn-a", VoiceCorpus.MALE, "семь, два, девять, четыре");
        Path b = c.speech("turn-b", VoiceCorpus.FEMALE, "один, ноль, пять, три");
        Path both = c.make("turns-clean", a.toString(), b.toString(), "OUT");
        return c.noisy("turns-good", both, VoiceCorpus.GOOD_SNR, "whitenoise");
    }

    Path wrongDigits() throws IOException {
        return c.noisy("wrong-good", c.speech("wrong-clean", VoiceCorpus.MALE, "восемь, восемь, один, шесть, два, два, ноль, девять"),
                VoiceCorpus.GOOD_SNR, "whitenoise");
    }
}
