package io.enrollment.qc.voice.bench;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.voice.SpeechRecognizerSource;
import io.enrollment.qc.voice.VoiceQualityControl;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Voice QC time for one recording (bytes in, report out, no speech model): 5 s and 15 s at 16 and 48 kHz of
 * a speech-like signal (harmonic syllables with pauses, noise 30 dB down), plus any WAV files given as
 * arguments. Prints the wall-clock median and p95 over {@code RUNS} runs after {@code WARMUP} warm-up runs, and
 * the median CPU time of the checking thread (which other builds on the machine inflate less).
 */
public final class VoiceQcBench {
    private static final int WARMUP = 40;
    private static final int RUNS = 150;

    private VoiceQcBench() {
    }

    public static void main(String[] args) throws Exception {
        VoiceQualityControl qc = new VoiceQualityControl(ProfileLoader.builtIn("ru"), SpeechRecognizerSource.none("bench"));
        Optional<VoicePrompt> prompt = Optional.of(VoicePrompt.parse("7 2 9 4 1 0 5 3"));
        System.out.println("case                      median ms   p95 ms   CPU median ms");
        for (int seconds : new int[] {5, 15}) {
            for (int rate : new int[] {16000, 48000}) {
                run(qc, prompt, seconds + " s at " + rate / 1000 + " kHz", wav(speechLike(seconds, rate), rate));
            }
        }
        for (String a : args) {
            run(qc, prompt, Path.of(a).getFileName().toString(), Files.readAllBytes(Path.of(a)));
        }
    }

    private static void run(VoiceQualityControl qc, Optional<VoicePrompt> prompt, String name, byte[] wav)
            throws UnreadableSampleException {
        for (int i = 0; i < WARMUP; i++) {
            qc.check(wav, prompt, Optional.empty());
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            qc.check(wav, prompt, Optional.empty());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-25s %9.1f %8.1f %15.1f%n", name, ms[RUNS / 2], ms[(int) (RUNS * 0.95)], cpu[RUNS / 2]);
    }

    /** 300 ms harmonic syllables (pitch 100–140 Hz, harmonics to 7 kHz) every 500 ms, 0.5 s silence at the ends. */
    static float[] speechLike(int seconds, int rate) {
        float[] x = new float[seconds * rate];
        SplittableRandom r = new SplittableRandom(930);
        int syl = (int) (0.3 * rate);
        for (int start = rate / 2; start + syl < x.length - rate / 2; start += rate / 2) {
            double f0 = 100 + 40 * r.nextDouble();
            double phase = 0;
            for (int i = 0; i < syl; i++) {
                phase += 2 * Math.PI * f0 / rate;
                double v = 0;
                for (int h = 1; h * f0 < 7000; h++) {
                    v += Math.sin(h * phase) / h;
                }
                x[start + i] = (float) (0.2 * Math.sin(Math.PI * i / syl) * v);
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] += (float) (0.003 * (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5));
        }
        return x;
    }

    static byte[] wav(float[] x, int rate) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * x.length).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(2 * rate).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * x.length);
        for (float v : x) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(0.99997f, v)) * 32768));
        }
        return b.array();
    }
}
