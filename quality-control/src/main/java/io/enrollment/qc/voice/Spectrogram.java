package io.enrollment.qc.voice;

/**
 * Short-time power spectra: 20 ms Hann frames every 10 ms, zero-padded to a power of two. Powers are
 * scaled so that a frame's band powers add up to its mean square (digital full scale = 1, so
 * {@code 10·log10} gives dB relative to full-scale square, "dBFS" below).
 */
final class Spectrogram {
    static final double FRAME_SECONDS = 0.020;
    static final double HOP_SECONDS = 0.010;

    final int rate;
    final int frameLength;
    final int hop;
    final int fftSize;
    final int frames;
    /** Power per frame and bin 0…fftSize/2, row-major. */
    final float[] power;
    private final java.util.Map<String, double[]> bands = new java.util.HashMap<>();

    private Spectrogram(int rate, int frameLength, int hop, int fftSize, int frames, float[] power) {
        this.rate = rate;
        this.frameLength = frameLength;
        this.hop = hop;
        this.fftSize = fftSize;
        this.frames = frames;
        this.power = power;
    }

    static Spectrogram of(Signal s) {
        int frameLength = (int) Math.round(FRAME_SECONDS * s.rate);
        int hop = (int) Math.round(HOP_SECONDS * s.rate);
        int fftSize = Integer.highestOneBit(frameLength - 1) << 1;
        int frames = s.length() < frameLength ? 0 : 1 + (s.length() - frameLength) / hop;
        int bins = fftSize / 2 + 1;
        float[] power = new float[frames * bins];
        double[] window = new double[frameLength];
        double windowEnergy = 0;
        for (int i = 0; i < frameLength; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / frameLength);
            windowEnergy += window[i] * window[i];
        }
        double scale = 2.0 / (fftSize * windowEnergy);
        Fft fft = new Fft(fftSize);
        double[] re = new double[fftSize];
        double[] im = new double[fftSize];
        // Two real frames per complex transform: frame a in the real part, frame b in the imaginary part.
        for (int f = 0; f < frames; f += 2) {
            boolean pair = f + 1 < frames;
            int a = f * hop;
            int b = (f + 1) * hop;
            for (int i = 0; i < fftSize; i++) {
                re[i] = i < frameLength ? s.samples[a + i] * window[i] : 0;
                im[i] = pair && i < frameLength ? s.samples[b + i] * window[i] : 0;
            }
            fft.transform(re, im);
            for (int k = 0; k < bins; k++) {
                int m = (fftSize - k) % fftSize;
                double ar = 0.5 * (re[k] + re[m]);
                double ai = 0.5 * (im[k] - im[m]);
                double br = 0.5 * (im[k] + im[m]);
                double bi = -0.5 * (re[k] - re[m]);
                double edge = k == 0 || k == bins - 1 ? 0.5 : 1;
                power[f * bins + k] = (float) ((ar * ar + ai * ai) * scale * edge);
                if (pair) {
                    power[(f + 1) * bins + k] = (float) ((br * br + bi * bi) * scale * edge);
                }
            }
        }
        return new Spectrogram(s.rate, frameLength, hop, fftSize, frames, power);
    }

    int bins() {
        return fftSize / 2 + 1;
    }

    /** The bin nearest to {@code hz}. */
    int bin(double hz) {
        return (int) Math.min(bins() - 1, Math.round(hz * fftSize / rate));
    }

    /** Power of each frame between two frequencies (inclusive bins), linear; computed once per band. */
    double[] bandPower(double fromHz, double toHz) {
        return bands.computeIfAbsent(fromHz + ":" + toHz, key -> computeBandPower(fromHz, toHz)).clone();
    }

    private double[] computeBandPower(double fromHz, double toHz) {
        int a = bin(fromHz);
        int b = bin(Math.min(toHz, rate / 2.0));
        double[] out = new double[frames];
        int bins = bins();
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            int row = f * bins;
            for (int k = a; k <= b; k++) {
                sum += power[row + k];
            }
            out[f] = sum;
        }
        return out;
    }

    /** Seconds at the start of a frame. */
    double frameStart(int frame) {
        return (double) frame * hop / rate;
    }
}
