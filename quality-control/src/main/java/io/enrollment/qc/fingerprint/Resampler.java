package io.enrollment.qc.fingerprint;

/** Changes a print's resolution (area averaging when shrinking, bilinear when enlarging). */
final class Resampler {
    private Resampler() {
    }

    static PrintImage toDpi(PrintImage image, double targetDpi) {
        if (Math.abs(image.dpi() - targetDpi) < 0.5) {
            return image;
        }
        double scale = targetDpi / image.dpi();
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        byte[] src = image.raw();
        byte[] out = new byte[w * h];
        double step = 1 / scale;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v;
                if (scale < 1) {
                    v = boxAverage(src, image.width(), image.height(), x * step, y * step, step);
                } else {
                    v = bilinear(src, image.width(), image.height(), (x + 0.5) * step - 0.5, (y + 0.5) * step - 0.5);
                }
                out[y * w + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return new PrintImage(w, h, out, targetDpi);
    }

    private static double boxAverage(byte[] src, int w, int h, double x0, double y0, double size) {
        int xa = (int) Math.floor(x0);
        int ya = (int) Math.floor(y0);
        int xb = Math.min(w, (int) Math.ceil(x0 + size));
        int yb = Math.min(h, (int) Math.ceil(y0 + size));
        double sum = 0;
        int n = 0;
        for (int y = ya; y < yb; y++) {
            for (int x = xa; x < xb; x++) {
                sum += src[y * w + x] & 0xFF;
                n++;
            }
        }
        return n == 0 ? 255 : sum / n;
    }

    private static double bilinear(byte[] src, int w, int h, double x, double y) {
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = (src[y0 * w + x0] & 0xFF) * (1 - fx) + (src[y0 * w + x1] & 0xFF) * fx;
        double bottom = (src[y1 * w + x0] & 0xFF) * (1 - fx) + (src[y1 * w + x1] & 0xFF) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
