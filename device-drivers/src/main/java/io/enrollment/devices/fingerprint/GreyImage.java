package io.enrollment.devices.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * An 8-bit greyscale image, row-major, one byte per pixel (0 black, 255 white).
 *
 * @param width  pixels per row, at least 1
 * @param height rows, at least 1
 * @param pixels {@code width × height} bytes; copied in and out
 */
public record GreyImage(int width, int height, byte[] pixels) {
    public GreyImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "×" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
        pixels = pixels.clone();
    }

    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    /** Grey level at (x, y), 0–255. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GreyImage g && width == g.width && height == g.height && Arrays.equals(pixels, g.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GreyImage[" + width + "×" + height + "]";
    }
}
