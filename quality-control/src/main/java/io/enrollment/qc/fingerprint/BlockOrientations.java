package io.enrollment.qc.fingerprint;

/**
 * First stage: per 32×32 block, grey statistics, the foreground decision and the ridge orientation from the
 * gradient covariance (with its orientation certainty level and coherence).
 */
final class BlockOrientations {
    final int columns;
    final int rows;
    final double[] mean;
    final double[] std;
    final boolean[] foreground;
    /** Ridge direction in radians, [0, π). */
    final double[] angle;
    /** 1 − λmin/λmax of the gradient covariance. */
    final double[] ocl;

    private BlockOrientations(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        int n = columns * rows;
        mean = new double[n];
        std = new double[n];
        foreground = new boolean[n];
        angle = new double[n];
        ocl = new double[n];
    }

    static BlockOrientations of(PrintImage image) {
        int b = QualityParameters.BLOCK;
        int w = image.width();
        int h = image.height();
        BlockOrientations o = new BlockOrientations(w / b, h / b);
        byte[] px = image.raw();
        int cell = QualityParameters.FOREGROUND_CELL;
        double[] cells = new double[(b / cell) * (b / cell)];
        for (int by = 0; by < o.rows; by++) {
            for (int bx = 0; bx < o.columns; bx++) {
                int i = by * o.columns + bx;
                double sum = 0;
                double sq = 0;
                double gxx = 0;
                double gyy = 0;
                double gxy = 0;
                java.util.Arrays.fill(cells, 0);
                for (int y = by * b; y < (by + 1) * b; y++) {
                    for (int x = bx * b; x < (bx + 1) * b; x++) {
                        int v = px[y * w + x] & 0xFF;
                        sum += v;
                        sq += v * v;
                        cells[((y - by * b) / cell) * (b / cell) + (x - bx * b) / cell] += v;
                        if (x > 0 && y > 0 && x < w - 1 && y < h - 1) {
                            double gx = sobelX(px, w, x, y);
                            double gy = sobelY(px, w, x, y);
                            gxx += gx * gx;
                            gyy += gy * gy;
                            gxy += gx * gy;
                        }
                    }
                }
                int n = b * b;
                o.mean[i] = sum / n;
                o.std[i] = Math.sqrt(Math.max(0, sq / n - o.mean[i] * o.mean[i]));
                o.foreground[i] = cellStd(cells, cell * cell) >= QualityParameters.FOREGROUND_MIN_STD
                        && o.mean[i] <= QualityParameters.FOREGROUND_MAX_MEAN
                        && o.mean[i] >= QualityParameters.FOREGROUND_MIN_MEAN;
                double half = (gxx + gyy) / 2;
                double root = Math.sqrt((gxx - gyy) * (gxx - gyy) / 4 + gxy * gxy);
                double lmax = half + root;
                double lmin = half - root;
                o.ocl[i] = lmax <= 0 ? 0 : 1 - lmin / lmax;
                // dominant gradient direction, then the ridges run across it
                double gradient = 0.5 * Math.atan2(2 * gxy, gxx - gyy);
                double ridge = gradient + Math.PI / 2;
                o.angle[i] = ((ridge % Math.PI) + Math.PI) % Math.PI;
            }
        }
        return o;
    }

    /** Standard deviation of the cell means: ridge contrast survives the averaging, sensor noise mostly does not. */
    private static double cellStd(double[] cells, int pixelsPerCell) {
        double sum = 0;
        double sq = 0;
        for (double c : cells) {
            double m = c / pixelsPerCell;
            sum += m;
            sq += m * m;
        }
        double mean = sum / cells.length;
        return Math.sqrt(Math.max(0, sq / cells.length - mean * mean));
    }

    private static double sobelX(byte[] p, int w, int x, int y) {
        int i = y * w + x;
        return (p[i - w + 1] & 0xFF) + 2 * (p[i + 1] & 0xFF) + (p[i + w + 1] & 0xFF)
                - (p[i - w - 1] & 0xFF) - 2 * (p[i - 1] & 0xFF) - (p[i + w - 1] & 0xFF);
    }

    private static double sobelY(byte[] p, int w, int x, int y) {
        int i = y * w + x;
        return (p[i + w - 1] & 0xFF) + 2 * (p[i + w] & 0xFF) + (p[i + w + 1] & 0xFF)
                - (p[i - w - 1] & 0xFF) - 2 * (p[i - w] & 0xFF) - (p[i - w + 1] & 0xFF);
    }

    int count() {
        return columns * rows;
    }

    /** Drops isolated foreground blocks (fewer than two foreground neighbours): noise specks, not a finger. */
    void removeIsolated() {
        boolean[] keep = foreground.clone();
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < columns; bx++) {
                int i = by * columns + bx;
                if (!foreground[i]) {
                    continue;
                }
                int neighbours = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx;
                        int y = by + dy;
                        if ((dx != 0 || dy != 0) && x >= 0 && y >= 0 && x < columns && y < rows && foreground[y * columns + x]) {
                            neighbours++;
                        }
                    }
                }
                keep[i] = neighbours >= 2;
            }
        }
        System.arraycopy(keep, 0, foreground, 0, keep.length);
    }
}
