package io.enrollment.qc.fingerprint;

import io.enrollment.qc.UnreadableSampleException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * Reads a fingerprint image file: PNG, BMP, JPEG, TIFF (through ImageIO) and binary PGM. The size is read from
 * the header and checked before any pixel is decoded, so a decompression bomb cannot exhaust memory.
 */
public final class PrintDecoder {
    /** Largest side and pixel count that will be decoded at all (far above any fingerprint at 1000 ppi). */
    static final int MAX_SIDE = 8000;
    static final long MAX_PIXELS = 24_000_000L;

    private PrintDecoder() {
    }

    /**
     * @param givenDpi    resolution stated by the caller, or 0 to use the file's (or {@code assumedDpi})
     * @param assumedDpi  resolution to assume when neither the caller nor the file says
     * @throws UnreadableSampleException naming what is wrong (empty, corrupt, foreign format, absurd size)
     */
    public static DecodedPrint decode(byte[] data, double givenDpi, double assumedDpi) throws UnreadableSampleException {
        if (data.length == 0) {
            throw new UnreadableSampleException("file is empty");
        }
        if (data.length >= 2 && data[0] == 'P' && (data[1] == '5' || data[1] == '2')) {
            return decodePgm(data, givenDpi, assumedDpi);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableSampleException("not a fingerprint image: the format is not PNG, PGM, BMP, JPEG or TIFF");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                String format = reader.getFormatName().toUpperCase(Locale.ROOT);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                checkSize(w, h);
                IIOMetadata meta = reader.getImageMetadata(0);
                BufferedImage image = reader.read(0);
                double fileDpi = format.equals("PNG") ? pngDpi(data) : dpiOf(meta);
                return toPrint(image, format, givenDpi, fileDpi, assumedDpi);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // the input is untrusted: ImageIO's decoders signal corrupt data with assorted runtime exceptions
            throw new UnreadableSampleException("corrupt or truncated image: " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void checkSize(long w, long h) throws UnreadableSampleException {
        if (w < 1 || h < 1) {
            throw new UnreadableSampleException("image has no pixels (" + w + "×" + h + ")");
        }
        if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            throw new UnreadableSampleException("image of " + w + "×" + h + " px is far larger than any fingerprint"
                    + " (at most " + MAX_SIDE + " px a side); refused without decoding");
        }
    }

    private static DecodedPrint toPrint(BufferedImage image, String format, double givenDpi, double fileDpi,
                                        double assumedDpi) {
        Raster raster = image.getRaster();
        boolean palette = image.getColorModel() instanceof IndexColorModel;
        // a palette image stores indices, not grey levels: it counts as colour and is converted through its palette
        int channels = palette ? 3 : raster.getNumBands();
        int bits = palette ? image.getColorModel().getPixelSize() : image.getColorModel().getComponentSize(0);
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] px = new byte[w * h];
        if (channels == 1 && bits <= 8 && image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            raster.getDataElements(0, 0, w, h, px);
        } else if (channels == 1) {
            int max = (1 << bits) - 1;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    px[y * w + x] = (byte) Math.round(row[x] * 255.0 / max);
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (int) Math.round(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
                    px[y * w + x] = (byte) grey;
                }
            }
        }
        DecodedPrint.DpiSource source = givenDpi > 0 ? DecodedPrint.DpiSource.GIVEN
                : fileDpi > 0 ? DecodedPrint.DpiSource.FILE : DecodedPrint.DpiSource.ASSUMED;
        double dpi = givenDpi > 0 ? givenDpi : fileDpi > 0 ? fileDpi : assumedDpi;
        return new DecodedPrint(new PrintImage(w, h, px, dpi), format, bits, channels, source);
    }

    /** Resolution from a PNG's pHYs chunk (unit metre), or 0 when there is none. */
    static double pngDpi(byte[] d) {
        int i = 8;
        while (i + 12 <= d.length) {
            int length = ((d[i] & 0xFF) << 24) | ((d[i + 1] & 0xFF) << 16) | ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            String type = new String(d, i + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("pHYs") && length == 9 && i + 17 <= d.length) {
                long perUnit = ((long) (d[i + 8] & 0xFF) << 24) | ((d[i + 9] & 0xFF) << 16) | ((d[i + 10] & 0xFF) << 8)
                        | (d[i + 11] & 0xFF);
                if (d[i + 16] != 1 || perUnit <= 0) {
                    return 0;
                }
                double dpi = perUnit * 0.0254;
                return dpi >= 50 && dpi <= 5000 ? Math.round(dpi * 10) / 10.0 : 0;
            }
            if (type.equals("IDAT") || type.equals("IEND") || length < 0) {
                return 0;
            }
            i += 12 + length;
        }
        return 0;
    }

    /** Resolution from the standard metadata tree (pixel size in millimetres), or 0 when the file does not say. */
    private static double dpiOf(IIOMetadata meta) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) {
            return 0;
        }
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
        NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) {
            return 0;
        }
        String value = ((IIOMetadataNode) nodes.item(0)).getAttribute("value");
        try {
            double mm = Double.parseDouble(value);
            double dpi = 25.4 / mm;
            // a pixel size without a unit (aspect ratio only) shows up as a nonsense resolution
            return mm > 0 && dpi >= 50 && dpi <= 5000 ? Math.round(dpi * 10) / 10.0 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static DecodedPrint decodePgm(byte[] d, double givenDpi, double assumedDpi) throws UnreadableSampleException {
        boolean ascii = d[1] == '2';
        int[] pos = {2};
        int w = pgmNumber(d, pos);
        int h = pgmNumber(d, pos);
        int max = pgmNumber(d, pos);
        checkSize(w, h);
        if (max < 1 || max > 65535) {
            throw new UnreadableSampleException("corrupt PGM: maximum grey value " + max);
        }
        int bytesPerSample = max > 255 ? 2 : 1;
        byte[] px = new byte[w * h];
        if (ascii) {
            for (int i = 0; i < px.length; i++) {
                px[i] = (byte) Math.round(pgmNumber(d, pos) * 255.0 / max);
            }
        } else {
            int start = pos[0] + 1;
            long needed = (long) w * h * bytesPerSample;
            if (d.length - start < needed) {
                throw new UnreadableSampleException("truncated PGM: " + Math.max(0, d.length - start) + " of " + needed
                        + " pixel bytes");
            }
            for (int i = 0; i < px.length; i++) {
                int v = bytesPerSample == 1 ? d[start + i] & 0xFF
                        : ((d[start + 2 * i] & 0xFF) << 8) | (d[start + 2 * i + 1] & 0xFF);
                px[i] = (byte) Math.round(v * 255.0 / max);
            }
        }
        DecodedPrint.DpiSource source = givenDpi > 0 ? DecodedPrint.DpiSource.GIVEN : DecodedPrint.DpiSource.ASSUMED;
        return new DecodedPrint(new PrintImage(w, h, px, givenDpi > 0 ? givenDpi : assumedDpi), "PGM",
                max > 255 ? 16 : 8, 1, source);
    }

    private static int pgmNumber(byte[] d, int[] pos) throws UnreadableSampleException {
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
            throw new UnreadableSampleException("corrupt PGM: a number is missing in the header or pixel data");
        }
        pos[0] = i;
        return Integer.parseInt(new String(d, start, i - start, StandardCharsets.US_ASCII));
    }
}
