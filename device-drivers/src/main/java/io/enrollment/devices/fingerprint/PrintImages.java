package io.enrollment.devices.fingerprint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/** Reads print images from files (PNG, BMP, JPEG through ImageIO; binary PGM) and writes PNG with the resolution. */
public final class PrintImages {
    /** Refuse images larger than this many pixels before decoding them. */
    static final long MAX_PIXELS = 16L << 20;

    private PrintImages() {
    }

    /**
     * Reads an image file as 8-bit grey (colour is converted).
     *
     * @throws IOException naming the file and what is wrong with it
     */
    public static GreyImage read(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        try {
            return decode(data);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes image bytes as 8-bit grey.
     *
     * @throws IllegalArgumentException when the bytes are no readable image
     */
    public static GreyImage decode(byte[] data) {
        if (data.length >= 2 && data[0] == 'P' && data[1] == '5') {
            return decodePgm(data);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalArgumentException("not an image format this program reads (PNG, BMP, JPEG, PGM)");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("image of " + w + "×" + h + " px is too large");
        }
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] px = new byte[w * h];
        grey.getRaster().getDataElements(0, 0, w, h, px);
        return new GreyImage(w, h, px);
    }

    private static GreyImage decodePgm(byte[] data) {
        int[] pos = {2};
        int w = pgmNumber(data, pos);
        int h = pgmNumber(data, pos);
        int max = pgmNumber(data, pos);
        if (w < 1 || h < 1 || (long) w * h > MAX_PIXELS || max < 1 || max > 255) {
            throw new IllegalArgumentException("unsupported PGM: " + w + "×" + h + ", max value " + max);
        }
        pos[0]++;
        if (data.length - pos[0] < w * h) {
            throw new IllegalArgumentException("truncated PGM: " + (data.length - pos[0]) + " of " + w * h + " pixel bytes");
        }
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) ((data[pos[0] + i] & 0xFF) * 255 / max);
        }
        return new GreyImage(w, h, px);
    }

    private static int pgmNumber(byte[] d, int[] pos) {
        int i = pos[0];
        while (i < d.length && (Character.isWhitespace(d[i]) || d[i] == '#')) {
            if (d[i] == '#') {
                while (i < d.length && d[i] != '\n') {
                    i++;
                }
            }
            i++;
        }
        int start = i;
        while (i < d.length && d[i] >= '0' && d[i] <= '9' && i - start < 9) {
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("corrupt PGM header");
        }
        pos[0] = i;
        return Integer.parseInt(new String(d, start, i - start, StandardCharsets.US_ASCII));
    }

    /** Encodes an 8-bit grey PNG whose pHYs chunk records {@code dpi}. */
    public static byte[] png(GreyImage image, int dpi) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        b.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(b), null);
            // the native pHYs node: the JDK's standard-tree pixel size is unreliable for PNG
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(new IIOImage(b, null, meta));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding into memory failed", e);
        } finally {
            writer.dispose();
        }
    }

    /** Cuts or pads (white) {@code image} around its centre to {@code width × height}. */
    public static GreyImage centre(GreyImage image, int width, int height) {
        byte[] src = image.pixels();
        byte[] out = new byte[width * height];
        java.util.Arrays.fill(out, (byte) 255);
        int ox = (image.width() - width) / 2;
        int oy = (image.height() - height) / 2;
        for (int y = 0; y < height; y++) {
            int sy = y + oy;
            if (sy < 0 || sy >= image.height()) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int sx = x + ox;
                if (sx >= 0 && sx < image.width()) {
                    out[y * width + x] = src[sy * image.width() + sx];
                }
            }
        }
        return new GreyImage(width, height, out);
    }
}
