package io.enrollment.qc.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * An 8-bit grey fingerprint image with its resolution.
 *
 * @param width  pixels per row
 * @param height rows
 * @param pixels row-major grey levels (0 black, 255 white); copied in and out
 * @param dpi    pixels per inch
 */
public record PrintImage(int width, int height, byte[] pixels, double dpi) {
    public PrintImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "×" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("resolution must be positive, was " + dpi);
        }
        pixels = pixels.clone();
    }

    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The pixels without a copy, for this package's measures (never handed out). */
    byte[] raw() {
        return pixels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintImage p && width == p.width && height == p.height && dpi == p.dpi
                && Arrays.equals(pixels, p.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, dpi, Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "PrintImage[" + width + "×" + height + " px, " + dpi + " ppi]";
    }
}
