package io.enrollment.devices.fingerprint;

/**
 * The R30x/AS608 upload format: 4 bits per pixel, two pixels per byte, the left pixel in the high nibble.
 * Decoding spreads the 16 levels evenly over 0–255 (level × 17).
 */
public final class ImageNibbles {
    private ImageNibbles() {
    }

    /** Packs an 8-bit image (even width) into nibbles, keeping the top 4 bits of each pixel. */
    public static byte[] pack(GreyImage image) {
        if (image.width() % 2 != 0) {
            throw new IllegalArgumentException("the 4-bit format needs an even width, was " + image.width());
        }
        byte[] px = image.pixels();
        byte[] out = new byte[px.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = (px[2 * i] & 0xFF) >> 4;
            int lo = (px[2 * i + 1] & 0xFF) >> 4;
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /**
     * Unpacks {@code width × height / 2} bytes into an 8-bit image.
     *
     * @throws IllegalArgumentException when the byte count does not fit the size
     */
    public static GreyImage unpack(byte[] data, int width, int height) {
        if (data.length * 2 != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " 4-bit image has " + width * height / 2
                    + " bytes, got " + data.length);
        }
        byte[] px = new byte[width * height];
        for (int i = 0; i < data.length; i++) {
            px[2 * i] = (byte) (((data[i] & 0xF0) >> 4) * 17);
            px[2 * i + 1] = (byte) ((data[i] & 0x0F) * 17);
        }
        return new GreyImage(width, height, px);
    }
}
