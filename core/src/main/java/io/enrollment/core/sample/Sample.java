package io.enrollment.core.sample;

import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;

/**
 * One accepted biometric sample with its metadata and quality report. The bytes are the sample as
 * stored (encoded once, R-FACE-11); implementations copy them in and out.
 */
public sealed interface Sample permits FaceSample, VoiceSample, FingerprintSample {
    Modality modality();

    /** The encoded sample as it goes into the package. */
    byte[] data();

    /** Media type of {@link #data()}. */
    String mediaType();

    /** File name inside the package, unique among the package's samples. */
    String fileName();

    CaptureMetadata metadata();

    QualityReport quality();
}
