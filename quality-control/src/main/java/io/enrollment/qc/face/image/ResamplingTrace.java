package io.enrollment.qc.face.image;

import java.util.Arrays;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Evidence that an image was resampled — scaled or rotated — after it was captured (R-FACE-11), from the
 * periodic trace interpolation leaves (Gallagher's observation): an interpolated pixel is a fixed weighted
 * mean of its neighbours, and the weights repeat with a period set by the scale factor, so the strength of
 * the second derivative varies periodically along rows and columns. Averaged over the other axis, that
 * variation becomes a sharp line in the spectrum; a camera original has a smooth spectrum.
 *
 * <p>Method: luminance of the central window (at most {@value #WINDOW}² pixels); mean |second difference|
 * per column and per row; Hann-windowed spectrum of each; each bin divided by the median of its
 * neighbourhood (±{@value #NEIGHBOURHOOD} cycles/pixel). The score is the largest ratio that the column and
 * the row spectrum reach at the same frequency (the smaller of the two): a scale changes both axes alike,
 * while a striped fabric or a brick wall is periodic along one axis only. Frequencies below
 * {@value #MIN_FREQUENCY} cycles/pixel (image content) and the JPEG block harmonics 1/8, 2/8, 3/8 are left
 * out; 4/8 stays in, since a block pattern mirror-symmetric about the block centre has no component there.
 *
 * <p>Blind spots, measured in docs/face-qc.md: downscaling by half or more (the trace is averaged away),
 * and a strong JPEG saved after the scaling (quantisation noise drowns it).
 */
public final class ResamplingTrace {
    static final int WINDOW = 1024;
    static final double NEIGHBOURHOOD = 0.02;
    static final double MIN_FREQUENCY = 0.06;
    private static final double JPEG_HARMONIC_HALF_WIDTH = 0.006;
    private static final int MIN_SIDE = 128;

    /**
     * Score and the period of the strongest periodic trace.
     *
     * @param score   peak height over the local spectral median (~2–4 for camera originals; NaN when the
     *                image is too small to tell)
     * @param period  pixels per cycle of the peak (NaN without a score)
     */
    public record Finding(double score, double period) {
        public static final Finding NONE = new Finding(Double.NaN, Double.NaN);
    }

    private ResamplingTrace() {
    }

    /** Looks for a resampling trace in an 8-bit BGR image. */
    public static Finding of(Mat bgr) {
        int w = Math.min(WINDOW, bgr.cols());
        int h = Math.min(WINDOW, bgr.rows());
        if (w < MIN_SIDE || h < MIN_SIDE) {
            return Finding.NONE;
        }
        float[] luma = centralLuma(bgr, w, h);
        double[] columns = new double[w - 2];
        double[] rows = new double[h - 2];
        secondDifferenceProfiles(luma, w, h, columns, rows);
        int n = Integer.highestOneBit(Math.max(columns.length, rows.length)) * 4; // zero-padded, ≥ 2× the signal
        double[] rx = Spectrum.peakRatios(Spectrum.magnitudes(columns, n), (int) Math.round(NEIGHBOURHOOD * n));
        double[] ry = Spectrum.peakRatios(Spectrum.magnitudes(rows, n), (int) Math.round(NEIGHBOURHOOD * n));
        double best = 0;
        double bestFrequency = Double.NaN;
        for (int i = (int) Math.ceil(MIN_FREQUENCY * n); i <= n / 2; i++) {
            double f = i / (double) n;
            if (jpegHarmonic(f)) {
                continue;
            }
            double r = Math.min(rx[i], ry[i]);
            if (r > best) {
                best = r;
                bestFrequency = f;
            }
        }
        return new Finding(best, 1 / bestFrequency);
    }

    private static boolean jpegHarmonic(double f) {
        for (int k = 1; k <= 3; k++) {
            if (Math.abs(f - k / 8.0) < JPEG_HARMONIC_HALF_WIDTH) {
                return true;
            }
        }
        return false;
    }

    /** Luminance (JPEG's Y weights, so decoded chroma cancels) of the central w×h window. */
    private static float[] centralLuma(Mat bgr, int w, int h) {
        int x0 = (bgr.cols() - w) / 2;
        int y0 = (bgr.rows() - h) / 2;
        long step = bgr.step();
        byte[] row = new byte[w * 3];
        float[] luma = new float[w * h];
        BytePointer data = bgr.data();
        for (int y = 0; y < h; y++) {
            data.position((y0 + y) * step + x0 * 3L).get(row);
            for (int x = 0, o = 0; x < w; x++, o += 3) {
                luma[y * w + x] = 0.114f * (row[o] & 0xFF) + 0.587f * (row[o + 1] & 0xFF) + 0.299f * (row[o + 2] & 0xFF);
            }
        }
        return luma;
    }

    /** Sums |second difference| along x per column and along y per row, over the interior pixels. */
    private static void secondDifferenceProfiles(float[] luma, int w, int h, double[] columns, double[] rows) {
        float[] colSum = new float[w];
        for (int y = 1; y < h - 1; y++) {
            int r = y * w;
            float rowSum = 0;
            for (int x = 1; x < w - 1; x++) {
                float c = luma[r + x];
                float dx = luma[r + x - 1] - 2 * c + luma[r + x + 1];
                float dy = luma[r - w + x] - 2 * c + luma[r + w + x];
                colSum[x] += Math.abs(dx);
                rowSum += Math.abs(dy);
            }
            rows[y - 1] = rowSum;
        }
        for (int x = 1; x < w - 1; x++) {
            columns[x - 1] = colSum[x];
        }
    }

    /** The spectral arithmetic, kept apart from the image handling. */
    static final class Spectrum {
        private Spectrum() {
        }

        /** |DFT| of the mean-removed, Hann-windowed signal zero-padded to {@code n} (a power of two), bins 0…n/2. */
        static double[] magnitudes(double[] signal, int n) {
            double mean = Arrays.stream(signal).average().orElse(0);
            double[] re = new double[n];
            double[] im = new double[n];
            int len = signal.length;
            for (int i = 0; i < len; i++) {
                re[i] = (signal[i] - mean) * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (len - 1)));
            }
            fft(re, im);
            double[] mag = new double[n / 2 + 1];
            for (int i = 0; i <= n / 2; i++) {
                mag[i] = Math.hypot(re[i], im[i]);
            }
            return mag;
        }

        /** Each bin over the median of the bins within ±{@code half} of it (a sorted sliding window). */
        static double[] peakRatios(double[] mag, int half) {
            double[] ratio = new double[mag.length];
            double[] sorted = new double[2 * half + 1];
            int len = 0;
            int a = 0; // window is [a, b]
            int b = -1;
            for (int i = 0; i < mag.length; i++) {
                int from = Math.max(0, i - half);
                int to = Math.min(mag.length - 1, i + half);
                while (a < from) {
                    len = remove(sorted, len, mag[a++]);
                }
                while (b < to) {
                    len = insert(sorted, len, mag[++b]);
                }
                ratio[i] = mag[i] / Math.max(1e-12, sorted[len / 2]);
            }
            return ratio;
        }

        private static int insert(double[] sorted, int len, double v) {
            int at = Arrays.binarySearch(sorted, 0, len, v);
            at = at < 0 ? -at - 1 : at;
            System.arraycopy(sorted, at, sorted, at + 1, len - at);
            sorted[at] = v;
            return len + 1;
        }

        private static int remove(double[] sorted, int len, double v) {
            int at = Arrays.binarySearch(sorted, 0, len, v);
            System.arraycopy(sorted, at + 1, sorted, at, len - at - 1);
            return len - 1;
        }

        /** In-place iterative radix-2 FFT. */
        static void fft(double[] re, double[] im) {
            int n = re.length;
            for (int i = 1, j = 0; i < n; i++) {
                int bit = n >> 1;
                for (; (j & bit) != 0; bit >>= 1) {
                    j ^= bit;
                }
                j ^= bit;
                if (i < j) {
                    double t = re[i];
                    re[i] = re[j];
                    re[j] = t;
                    t = im[i];
                    im[i] = im[j];
                    im[j] = t;
                }
            }
            for (int len = 2; len <= n; len <<= 1) {
                double angle = -2 * Math.PI / len;
                double wr = Math.cos(angle);
                double wi = Math.sin(angle);
                for (int i = 0; i < n; i += len) {
                    double cr = 1;
                    double ci = 0;
                    for (int k = 0; k < len / 2; k++) {
                        int a = i + k;
                        int b = a + len / 2;
                        double vr = re[b] * cr - im[b] * ci;
                        double vi = re[b] * ci + im[b] * cr;
                        re[b] = re[a] - vr;
                        im[b] = im[a] - vi;
                        re[a] += vr;
                        im[a] += vi;
                        double t = cr * wr - ci * wi;
                        ci = cr * wi + ci * wr;
                        cr = t;
                    }
                }
            }
        }
    }
}
