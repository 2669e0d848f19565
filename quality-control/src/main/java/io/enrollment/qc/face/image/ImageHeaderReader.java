package io.enrollment.qc.face.image;

import io.enrollment.qc.UnreadableSampleException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads JPEG, PNG and BMP headers (and names other formats) without decoding pixels, refusing what the
 * face checker must not decode: truncated or corrupt structure, CMYK, 16-bit, animated, huge, or not an
 * image at all.
 */
public final class ImageHeaderReader {
    /** Largest image the checker decodes: 50 megapixels (a 1080p frame is 2). */
    public static final long MAX_PIXELS = 50_000_000L;
    /** Largest side, pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Software names that mean the picture went through an image editor (lower case). */
    private static final List<String> EDITORS = List.of("photoshop", "gimp", "lightroom", "paint.net", "affinity",
            "pixelmator", "snapseed", "facetune", "meitu", "picsart", "photoscape", "capture one", "darktable",
            "rawtherapee", "luminar", "acdsee", "corel", "faceapp", "airbrush", "photodirector");

    private ImageHeaderReader() {
    }

    /**
     * The header of {@code data}.
     *
     * @throws UnreadableSampleException naming what is wrong with the file
     */
    public static ImageHeader read(byte[] data) throws UnreadableSampleException {
        if (data.length == 0) {
            throw new UnreadableSampleException("file is empty (0 bytes)");
        }
        ImageHeader h;
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            h = jpeg(data);
        } else if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            h = png(data);
        } else if (startsWith(data, 'B', 'M') && data.length >= 30) {
            h = bmp(data);
        } else {
            throw new UnreadableSampleException(foreign(data));
        }
        if (h.width() <= 0 || h.height() <= 0) {
            throw new UnreadableSampleException(h.formatName() + " header gives an empty image (" + h.width() + "x" + h.height() + ")");
        }
        if (h.width() > MAX_SIDE || h.height() > MAX_SIDE || (long) h.width() * h.height() > MAX_PIXELS) {
            throw new UnreadableSampleException("image is " + h.width() + "x" + h.height() + " pixels; the limit is "
                    + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE + " pixels a side");
        }
        return h;
    }

    private static String foreign(byte[] d) {
        if (startsWith(d, 'G', 'I', 'F', '8')) {
            return "GIF image (possibly animated); a face image must be JPEG or PNG (R-FACE-13)";
        }
        if (startsWith(d, 'I', 'I', '*', 0) || startsWith(d, 'M', 'M', 0, '*')) {
            return "TIFF image; a face image must be JPEG or PNG (R-FACE-13)";
        }
        if (startsWith(d, 'R', 'I', 'F', 'F') && d.length >= 12 && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return "WebP image; a face image must be JPEG or PNG (R-FACE-13)";
        }
        return "not an image: the bytes are neither JPEG, PNG nor BMP";
    }

    private static ImageHeader jpeg(byte[] d) throws UnreadableSampleException {
        int pos = 2;
        int width = -1;
        int height = -1;
        int components = -1;
        int precision = -1;
        Set<String> traces = new LinkedHashSet<>();
        while (pos + 4 <= d.length) {
            if ((d[pos] & 0xFF) != 0xFF) {
                throw new UnreadableSampleException("corrupt JPEG: no marker at byte " + pos);
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break; // start of scan: the header is complete
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                pos += 2;
                continue;
            }
            int len = u16(d, pos + 2);
            if (len < 2 || pos + 2 + len > d.length) {
                throw new UnreadableSampleException("truncated JPEG: segment 0x" + Integer.toHexString(marker) + " runs past the end");
            }
            int body = pos + 4;
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof && len >= 8) {
                precision = d[body] & 0xFF;
                height = u16(d, body + 1);
                width = u16(d, body + 3);
                components = d[body + 5] & 0xFF;
            } else if (marker == 0xE1) {
                metadataTraces(d, body, len - 2, traces);
            } else if (marker == 0xED && ascii(d, body, Math.min(len - 2, 13)).startsWith("Photoshop 3.0")) {
                traces.add("Photoshop (APP13 resource block)");
            }
            pos += 2 + len;
        }
        if (width < 0) {
            throw new UnreadableSampleException("truncated or corrupt JPEG: no frame header (SOF) before the image data");
        }
        if (!hasEndMarker(d)) {
            throw new UnreadableSampleException("truncated JPEG: the end-of-image marker is missing");
        }
        if (components == 4) {
            throw new UnreadableSampleException("CMYK JPEG; a face image must be RGB (R-FACE-1)");
        }
        if (precision != 8) {
            throw new UnreadableSampleException(precision + "-bit JPEG; a face image has 8 bits per channel (R-FACE-1)");
        }
        return new ImageHeader("JPEG", width, height, components, precision, false, new ArrayList<>(traces));
    }

    private static boolean hasEndMarker(byte[] d) {
        int end = d.length;
        while (end > 2 && d[end - 1] == 0) {
            end--; // some writers pad after EOI
        }
        for (int i = end - 2; i >= Math.max(0, end - 64); i--) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    /** EXIF Software tag (0x0131) and XMP CreatorTool/history, matched against known editors. */
    private static void metadataTraces(byte[] d, int off, int len, Set<String> traces) {
        String head = ascii(d, off, Math.min(len, 40));
        String text;
        if (head.startsWith("Exif")) {
            text = exifSoftware(d, off + 6, len - 6);
        } else if (head.startsWith("http://ns.adobe.com/xap/")) {
            text = new String(d, off, len, StandardCharsets.UTF_8);
        } else {
            return;
        }
        addEditors(text, traces);
    }

    static void addEditors(String text, Set<String> traces) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String e : EDITORS) {
            if (lower.contains(e)) {
                traces.add(e);
            }
        }
    }

    private static String exifSoftware(byte[] d, int tiff, int len) {
        if (len < 8) {
            return "";
        }
        boolean le = d[tiff] == 'I';
        int ifd = u32(d, tiff + 4, le);
        if (ifd < 8 || ifd + 2 > len) {
            return "";
        }
        int n = u16(d, tiff + ifd, le);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n && tiff + ifd + 2 + 12 * (i + 1) <= tiff + len; i++) {
            int e = tiff + ifd + 2 + 12 * i;
            int tag = u16(d, e, le);
            if (tag == 0x0131 || tag == 0x000B) { // Software, ProcessingSoftware
                int count = u32(d, e + 4, le);
                int valueOff = count <= 4 ? e + 8 : tiff + u32(d, e + 8, le);
                if (count > 0 && count < 1024 && valueOff >= 0 && valueOff + count <= tiff + len) {
                    out.append(ascii(d, valueOff, count)).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static ImageHeader png(byte[] d) throws UnreadableSampleException {
        int pos = 8;
        int width = -1;
        int height = -1;
        int depth = -1;
        int colour = -1;
        boolean ended = false;
        Set<String> traces = new LinkedHashSet<>();
        while (pos + 12 <= d.length) {
            long len = u32(d, pos, false) & 0xFFFFFFFFL;
            String type = ascii(d, pos + 4, 4);
            if (len > d.length - pos - 12L) {
                throw new UnreadableSampleException("truncated PNG: chunk " + type + " runs past the end");
            }
            int body = pos + 8;
            switch (type) {
                case "IHDR" -> {
                    width = u32(d, body, false);
                    height = u32(d, body + 4, false);
                    depth = d[body + 8] & 0xFF;
                    colour = d[body + 9] & 0xFF;
                }
                case "acTL" -> throw new UnreadableSampleException("animated PNG; a face image is a single still picture");
                case "tEXt", "iTXt" -> addEditors(ascii(d, body, (int) len), traces);
                case "IEND" -> ended = true;
                default -> { }
            }
            if (ended) {
                break;
            }
            pos = body + (int) len + 4;
        }
        if (width < 0) {
            throw new UnreadableSampleException("corrupt PNG: no IHDR header");
        }
        if (!ended) {
            throw new UnreadableSampleException("truncated PNG: the IEND chunk is missing");
        }
        if (depth == 16) {
            throw new UnreadableSampleException("16-bit PNG; a face image has 8 bits per channel (R-FACE-1)");
        }
        int channels = switch (colour) {
            case 0, 3 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            case 6 -> 4;
            default -> throw new UnreadableSampleException("corrupt PNG: unknown colour type " + colour);
        };
        return new ImageHeader("PNG", width, height, channels, colour == 3 ? 8 : depth, colour == 3, new ArrayList<>(traces));
    }

    private static ImageHeader bmp(byte[] d) throws UnreadableSampleException {
        int width = u32(d, 18, true);
        int height = Math.abs(u32(d, 22, true));
        int bpp = u16(d, 28, true);
        if (bpp != 24 && bpp != 32 && bpp != 8) {
            throw new UnreadableSampleException(bpp + "-bit BMP is not supported");
        }
        return new ImageHeader("BMP", width, height, bpp / 8, 8, false, List.of());
    }

    private static boolean startsWith(byte[] d, int... prefix) {
        if (d.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((d[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] d, int off, int len) {
        int n = Math.max(0, Math.min(len, d.length - off));
        return new String(d, off, n, StandardCharsets.ISO_8859_1);
    }

    private static int u16(byte[] d, int off) {
        return u16(d, off, false);
    }

    private static int u16(byte[] d, int off, boolean le) {
        if (off + 2 > d.length) {
            return -1;
        }
        return le ? (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8 : (d[off] & 0xFF) << 8 | (d[off + 1] & 0xFF);
    }

    private static int u32(byte[] d, int off, boolean le) {
        if (off + 4 > d.length) {
            return -1;
        }
        return le ? (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8 | (d[off + 2] & 0xFF) << 16 | (d[off + 3] & 0xFF) << 24
                : (d[off] & 0xFF) << 24 | (d[off + 1] & 0xFF) << 16 | (d[off + 2] & 0xFF) << 8 | (d[off + 3] & 0xFF);
    }
}
