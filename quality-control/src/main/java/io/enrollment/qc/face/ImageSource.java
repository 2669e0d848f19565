package io.enrollment.qc.face;

import io.enrollment.core.sample.ImageFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the pixels came from and how they are stored: what R-FACE-1, R-FACE-11 and R-FACE-13 are
 * judged on.
 *
 * @param origin          camera frame, the workstation's own capture, or an imported file
 * @param format          JPEG or PNG; empty for a camera frame or a foreign format
 * @param formatName      what the bytes are ("JPEG", "PNG", "BMP", "camera frame")
 * @param channels        colour channels as stored (1 grey, 3 RGB, 4 RGBA)
 * @param bitsPerChannel  bits per channel as stored
 * @param editTraces      editing software named in the file's metadata (never image content)
 * @param sha256          hash of the stored bytes; empty for a camera frame
 * @param recompression   double-JPEG-compression score (see {@code JpegRecompression}); NaN when not a JPEG
 * @param resampling      resampling-trace score (see {@code ResamplingTrace}); NaN when not measured
 * @param resamplingPeriod  pixels per cycle of that trace's peak; NaN when not measured
 */
public record ImageSource(Origin origin, Optional<ImageFormat> format, String formatName, int channels,
                          int bitsPerChannel, List<String> editTraces, String sha256, double recompression,
                          double resampling, double resamplingPeriod) {

    /** How an image reached the checker. */
    public enum Origin {
        /** A live preview frame: storage rules are judged when it is stored. */
        CAMERA_FRAME,
        /** Encoded once by the workstation from a camera frame (only cropped and scaled). */
        WORKSTATION_CAPTURE,
        /** A file from elsewhere: its history is unknown. */
        IMPORTED_FILE
    }

    public ImageSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formatName, "formatName");
        editTraces = List.copyOf(editTraces);
        Objects.requireNonNull(sha256, "sha256");
    }

    /** As before the resampling trace was measured: no resampling score. */
    public ImageSource(Origin origin, Optional<ImageFormat> format, String formatName, int channels, int bitsPerChannel,
                       List<String> editTraces, String sha256, double recompression) {
        this(origin, format, formatName, channels, bitsPerChannel, editTraces, sha256, recompression, Double.NaN, Double.NaN);
    }

    /** An 8-bit BGR camera frame. */
    public static ImageSource cameraFrame() {
        return new ImageSource(Origin.CAMERA_FRAME, Optional.empty(), "camera frame", 3, 8, List.of(), "", Double.NaN);
    }
}
