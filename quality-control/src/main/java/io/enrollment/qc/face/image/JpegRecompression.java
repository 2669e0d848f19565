package io.enrollment.qc.face.image;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Evidence that a JPEG was saved at least twice (R-FACE-11): after one compression, the 8×8 DCT
 * coefficients of the decoded image, divided by the file's own luminance quantisation steps, have smooth
 * histograms; after two compressions with different steps, some integer multiples are (almost) never hit,
 * leaving periodic dips. The score is the fraction of dips among the populated histogram bins 2–12 of
 * seven low-frequency coefficients (best coefficient): ~0 after one save, 0.8–1.0 after two saves on the
 * same grid. Cropping off the grid and rescaling hide it, so a low score proves nothing.
 */
public final class JpegRecompression {
    private static final int[] ZIGZAG = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48,
        41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52,
        45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};
    /** Coefficients examined (natural order index): the lowest AC frequencies. */
    private static final int[] POSITIONS = {1, 8, 9, 2, 16, 10, 17};
    private static final int RANGE = 20;
    private static final double[][] COS = new double[8][8];

    static {
        for (int k = 0; k < 8; k++) {
            for (int n = 0; n < 8; n++) {
                COS[k][n] = (k == 0 ? Math.sqrt(1.0 / 8) : Math.sqrt(2.0 / 8)) * Math.cos((2 * n + 1) * k * Math.PI / 16);
            }
        }
    }

    private JpegRecompression() {
    }

    /**
     * The double-compression score of a decoded JPEG, or NaN when the file has no 8-bit luminance
     * quantisation table or the image is too small to tell.
     *
     * @param jpeg  the file's bytes (for its quantisation table)
     * @param bgr   the decoded image, 8-bit BGR, not rotated
     */
    public static double score(byte[] jpeg, Mat bgr) {
        int[] q = lumaTable(jpeg);
        int w = bgr.cols() / 8 * 8;
        int h = bgr.rows() / 8 * 8;
        if (q == null || w < 64 || h < 64) {
            return Double.NaN;
        }
        byte[] px = new byte[bgr.cols() * bgr.rows() * 3];
        bgr.data().get(px);
        int[][] hist = new int[POSITIONS.length][2 * RANGE + 1];
        double[][] block = new double[8][8];
        double[][] tmp = new double[8][8];
        int stride = bgr.cols() * 3;
        // every second block in each direction: enough statistics at a quarter of the cost
        for (int by = 0; by < h; by += 16) {
            for (int bx = 0; bx < w; bx += 16) {
                for (int i = 0; i < 8; i++) {
                    for (int j = 0; j < 8; j++) {
                        int o = (by + i) * stride + (bx + j) * 3;
                        block[i][j] = 0.114 * (px[o] & 0xFF) + 0.587 * (px[o + 1] & 0xFF) + 0.299 * (px[o + 2] & 0xFF) - 128;
                    }
                }
                for (int p = 0; p < POSITIONS.length; p++) {
                    int u = POSITIONS[p] / 8;
                    int v = POSITIONS[p] % 8;
                    double c = coefficient(block, tmp, u, v);
                    int k = (int) Math.round(c / q[POSITIONS[p]]);
                    if (Math.abs(k) <= RANGE) {
                        hist[p][k + RANGE]++;
                    }
                }
            }
        }
        double best = 0;
        for (int[] hp : hist) {
            int dips = 0;
            int bins = 0;
            for (int k = 2; k <= 12; k++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    int i = RANGE + sign * k;
                    double neighbours = (hp[i - 1] + hp[i + 1]) / 2.0;
                    if (neighbours < 20) {
                        continue;
                    }
                    bins++;
                    if (hp[i] < 0.6 * neighbours) {
                        dips++;
                    }
                }
            }
            if (bins >= 6) {
                best = Math.max(best, dips / (double) bins);
            }
        }
        return best;
    }

    /** DCT-II coefficient (u, v) of an 8×8 block (row frequency u, column frequency v). */
    private static double coefficient(double[][] block, double[][] tmp, int u, int v) {
        double sum = 0;
        for (int i = 0; i < 8; i++) {
            double row = 0;
            for (int j = 0; j < 8; j++) {
                row += COS[v][j] * block[i][j];
            }
            sum += COS[u][i] * row;
        }
        return sum;
    }

    /** The luminance quantisation table (id 0) in natural order, or null. */
    static int[] lumaTable(byte[] d) {
        int p = 2;
        while (p + 4 <= d.length && (d[p] & 0xFF) == 0xFF) {
            int marker = d[p + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int len = ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
            if (marker == 0xDB) {
                int q = p + 4;
                int end = Math.min(d.length, p + 2 + len);
                while (q < end) {
                    int precision = (d[q] >> 4) & 15;
                    int id = d[q] & 15;
                    q++;
                    int size = precision == 0 ? 64 : 128;
                    if (q + size > end) {
                        return null;
                    }
                    if (id == 0 && precision == 0) {
                        int[] t = new int[64];
                        for (int i = 0; i < 64; i++) {
                            t[ZIGZAG[i]] = Math.max(1, d[q + i] & 0xFF);
                        }
                        return t;
                    }
                    q += size;
                }
            }
            p += 2 + len;
        }
        return null;
    }
}
