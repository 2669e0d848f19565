package io.enrollment.qc.face.image;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;

import io.enrollment.core.Bytes;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.ImageSource;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/** Decodes a stored face image to 8-bit BGR after its header has passed {@link ImageHeaderReader}. */
public final class StillImageReader {
    private StillImageReader() {
    }

    /** A decoded image and what its file says about it. The caller closes the image. */
    public record Decoded(Mat bgr, ImageSource source) {
    }

    /**
     * A decoded image whose storage facts (the JPEG recompression and resampling traces, the SHA-256) are not
     * computed yet: {@link #source()} computes them, reading the pixels only, so a caller may do that on a second
     * thread while the face models look at the same pixels. The caller closes the image, after {@link #source()}
     * has returned.
     */
    public static final class Pending {
        private final Mat bgr;
        private final byte[] data;
        private final ImageSource.Origin origin;
        private final ImageHeader header;
        private final Optional<ImageFormat> format;
        private final boolean rotated;

        private Pending(Mat bgr, byte[] data, ImageSource.Origin origin, ImageHeader header, Optional<ImageFormat> format, boolean rotated) {
            this.bgr = bgr;
            this.data = data;
            this.origin = origin;
            this.header = header;
            this.format = format;
            this.rotated = rotated;
        }

        public Mat bgr() {
            return bgr;
        }

        /** What the file says about the image, with the traces of an imported file (~8 ms for 1350×1350). */
        public ImageSource source() {
            int channels = header.palette() ? 1 : header.channels();
            double recompression = format.isPresent() && format.get() == ImageFormat.JPEG && !rotated
                    && origin == ImageSource.Origin.IMPORTED_FILE ? JpegRecompression.score(data, bgr) : Double.NaN;
            // Only an import's history is unknown; the workstation's own capture is cropped and scaled on purpose.
            ResamplingTrace.Finding resampling = origin == ImageSource.Origin.IMPORTED_FILE ? ResamplingTrace.of(bgr)
                    : ResamplingTrace.Finding.NONE;
            return new ImageSource(origin, format, header.formatName() + (header.palette() ? " (palette)" : ""),
                    channels, header.bitsPerChannel(), header.editTraces(), Bytes.sha256Hex(data), recompression,
                    resampling.score(), resampling.period());
        }
    }

    /**
     * Decodes {@code data} and computes its storage facts.
     *
     * @param origin  imported file or the workstation's own capture
     * @throws UnreadableSampleException when the bytes are not a decodable JPEG, PNG or BMP within the limits
     */
    public static Decoded read(byte[] data, ImageSource.Origin origin) throws UnreadableSampleException {
        Pending p = decode(data, origin);
        return new Decoded(p.bgr(), p.source());
    }

    /**
     * Decodes {@code data}; its storage facts are left to {@link Pending#source()}.
     *
     * @throws UnreadableSampleException when the bytes are not a decodable JPEG, PNG or BMP within the limits
     */
    public static Pending decode(byte[] data, ImageSource.Origin origin) throws UnreadableSampleException {
        return decode(data, ImageHeaderReader.read(data), origin);
    }

    /** As {@link #decode(byte[], ImageSource.Origin)} with the header already read by {@link ImageHeaderReader}. */
    public static Pending decode(byte[] data, ImageHeader h, ImageSource.Origin origin) throws UnreadableSampleException {
        Mat bgr = imdecode(data, IMREAD_COLOR);
        if (bgr == null || bgr.empty()) {
            throw new UnreadableSampleException("corrupt " + h.formatName() + ": the image data cannot be decoded");
        }
        boolean asStored = bgr.cols() == h.width() && bgr.rows() == h.height();
        boolean rotated = !asStored && bgr.cols() == h.height() && bgr.rows() == h.width(); // EXIF orientation applied
        if (!asStored && !rotated) {
            bgr.close();
            throw new UnreadableSampleException("corrupt " + h.formatName() + ": decoded size differs from the header");
        }
        Optional<ImageFormat> format = switch (h.formatName()) {
            case "JPEG" -> Optional.of(ImageFormat.JPEG);
            case "PNG" -> Optional.of(ImageFormat.PNG);
            default -> Optional.empty();
        };
        return new Pending(bgr, data, origin, h, format, rotated);
    }

    /**
     * A JPEG decoded at a half, a quarter or an eighth of its size, the smallest whose longer side keeps at least
     * {@code minSide} pixels: the decoder scales in the DCT domain, so this costs about a third of a whole decode
     * (6 against 16 ms for 1350×1350) and is all a detector with a {@code minSide} input needs. Empty for other
     * formats (they have no such shortcut), for images too small to reduce, and when the data cannot be decoded
     * (the whole decode then says why). EXIF orientation is applied as in {@link #decode}.
     *
     * @param header  the file's header, read by {@link ImageHeaderReader}
     */
    public static Optional<Preview> preview(byte[] data, ImageHeader header, int minSide) {
        if (!header.formatName().equals("JPEG")) {
            return Optional.empty();
        }
        int side = Math.max(header.width(), header.height());
        int[][] reductions = {{8, IMREAD_REDUCED_COLOR_8}, {4, IMREAD_REDUCED_COLOR_4}, {2, IMREAD_REDUCED_COLOR_2}};
        for (int[] r : reductions) {
            if (side / r[0] >= minSide) {
                Mat bgr = imdecode(data, r[1]);
                if (bgr == null || bgr.empty()) {
                    if (bgr != null) {
                        bgr.close();
                    }
                    return Optional.empty();
                }
                return Optional.of(new Preview(bgr, r[0]));
            }
        }
        return Optional.empty();
    }

    /**
     * An image decoded at reduced size: preview pixel (x, y) covers image pixels [factor·x, factor·x + factor).
     * The caller closes it.
     */
    public record Preview(Mat bgr, int factor) implements AutoCloseable {
        @Override
        public void close() {
            bgr.close();
        }
    }

    private static Mat imdecode(byte[] data, int flags) {
        try (BytePointer p = new BytePointer(data); Mat buf = new Mat(1, data.length, opencv_core.CV_8UC1, p)) {
            return opencv_imgcodecs.imdecode(buf, flags);
        }
    }
}
