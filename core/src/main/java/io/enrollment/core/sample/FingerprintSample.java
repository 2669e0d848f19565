package io.enrollment.core.sample;

import io.enrollment.core.Bytes;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fingerprint: the image as PNG and, once quality has accepted it (R-FP-2, R-QC-3), its
 * ISO/IEC 19794-2:2011 template.
 *
 * @param isoTemplate null when no template was made
 * @param dpi         resolution of the image, pixels per inch
 */
public record FingerprintSample(FingerPosition position, byte[] png, int dpi, byte[] isoTemplate,
                                CaptureMetadata metadata, QualityReport quality) implements Sample {
    public FingerprintSample {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(png, "png");
        if (ImageFormat.sniff(png) != ImageFormat.PNG) {
            throw new IllegalArgumentException("fingerprint image must be PNG");
        }
        if (dpi < 100 || dpi > 2000) {
            throw new IllegalArgumentException("implausible fingerprint resolution " + dpi + " dpi");
        }
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(quality, "quality");
        if (quality.modality() != Modality.FINGERPRINT) {
            throw new IllegalArgumentException("a fingerprint sample needs a fingerprint quality report");
        }
        png = png.clone();
        isoTemplate = Bytes.copy(isoTemplate);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public byte[] isoTemplate() {
        return Bytes.copy(isoTemplate);
    }

    public boolean hasTemplate() {
        return isoTemplate != null;
    }

    @Override
    public Modality modality() {
        return Modality.FINGERPRINT;
    }

    @Override
    public byte[] data() {
        return png.clone();
    }

    @Override
    public String mediaType() {
        return "image/png";
    }

    @Override
    public String fileName() {
        return "finger-" + String.format("%02d", position.isoCode()) + ".png";
    }

    /** File name of the template inside the package. */
    public String templateFileName() {
        return "finger-" + String.format("%02d", position.isoCode()) + ".iso19794-2";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FingerprintSample f && position == f.position && Arrays.equals(png, f.png)
                && dpi == f.dpi && Arrays.equals(isoTemplate, f.isoTemplate)
                && metadata.equals(f.metadata) && quality.equals(f.quality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, Arrays.hashCode(png), dpi, Arrays.hashCode(isoTemplate), metadata, quality);
    }

    @Override
    public String toString() {
        return "FingerprintSample[" + position + ", " + png.length + " bytes"
                + (isoTemplate == null ? "" : ", template " + isoTemplate.length + " bytes") + "]";
    }
}
