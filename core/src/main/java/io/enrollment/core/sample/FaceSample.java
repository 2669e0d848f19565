package io.enrollment.core.sample;

import io.enrollment.core.Bytes;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import java.util.Objects;

/** A face image as stored: JPEG or PNG, 24-bit RGB (R-FACE-1, R-FACE-13). */
public record FaceSample(byte[] image, ImageFormat format, int width, int height,
                         CaptureMetadata metadata, QualityReport quality) implements Sample {
    public FaceSample {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(format, "format");
        if (ImageFormat.sniff(image) != format) {
            throw new IllegalArgumentException("image bytes are not " + format);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(quality, "quality");
        if (quality.modality() != Modality.FACE) {
            throw new IllegalArgumentException("a face sample needs a face quality report");
        }
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public Modality modality() {
        return Modality.FACE;
    }

    @Override
    public byte[] data() {
        return Bytes.copy(image);
    }

    @Override
    public String mediaType() {
        return format.mediaType();
    }

    @Override
    public String fileName() {
        return "face." + format.extension();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceSample f && java.util.Arrays.equals(image, f.image) && format == f.format
                && width == f.width && height == f.height && metadata.equals(f.metadata) && quality.equals(f.quality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(image), format, width, height, metadata, quality);
    }

    @Override
    public String toString() {
        // Never the bytes: biometric data stays out of logs.
        return "FaceSample[" + format + " " + width + "x" + height + ", " + image.length + " bytes]";
    }
}
