package io.enrollment.qc.face.image;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

import io.enrollment.core.Bytes;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.face.ImageSource;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
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
        ImageHeader h = ImageHeaderReader.read(data);
        Mat bgr;
        try (BytePointer p = new BytePointer(data); Mat buf = new Mat(1, data.length, org.bytedeco.opencv.global.opencv_core.CV_8UC1, p)) {
            bgr = imdecode(buf, IMREAD_COLOR);
        }
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
}
