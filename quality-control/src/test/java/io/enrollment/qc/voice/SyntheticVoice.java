package io.enrollment.qc.voice;

import java.util.SplittableRandom;

/**
 * Deterministic stand-ins for speech, for unit tests of the measures: eight 300 ms "syllables" of a
 * harmonic source (pitch given per syllable, harmonics up to a band edge, with a vibrato-free glide)
 * separated by 200 ms pauses, 500 ms of silence around them, and Gaussian noise at an exact SNR relative
 * to the syllables' power.
 */
final class SyntheticVoice {
    static final int RATE = 16000;

    private SyntheticVoice() {
    }

    static float[] syllables(double[] pitchHz, double topHz) {
        int syl = (int) (0.3 * RATE);
        int gap = (int) (0.2 * RATE);
        int edge = (int) (0.5 * RATE);
        float[] x = new float[2 * edge + pitchHz.length * syl + (pitchHz.length - 1) * gap];
        int at = edge;
        for (double f0 : pitchHz) {
            double phase = 0;
            for (int i = 0; i < syl; i++) {
                double f = f0 * (1 + 0.03 * i / syl);
                phase += 2 * Math.PI * f / RATE;
                double env = Math.sin(Math.PI * i / syl);
                double v = 0;
                for (int h = 1; h * f < topHz; h++) {
                    v += Math.sin(h * phase) / h;
                }
                x[at + i] = (float) (0.2 * env * v);
            }
            at += syl + gap;
        }
        return x;
    }

    /** Adds Gaussian noise so that (mean power of the syllables) / (noise power) = snrDb. */
    static float[] withNoise(float[] clean, double snrDb, long seed) {
        double sum = 0;
        int n = 0;
        for (float v : clean) {
            if (v != 0) {
                sum += v * v;
                n++;
            }
        }
        double speechPower = sum / n;
        double sigma = Math.sqrt(speechPower / Math.pow(10, snrDb / 10));
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[clean.length];
        for (int i = 0; i < x.length; i++) {
            double u = r.nextDouble();
            double w = r.nextDouble();
            x[i] = (float) (clean[i] + sigma * Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w));
        }
        return x;
    }

    static double[] same(double hz, int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, hz);
        return p;
    }
}
