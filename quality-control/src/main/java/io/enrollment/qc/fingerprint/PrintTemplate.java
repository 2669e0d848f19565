package io.enrollment.qc.fingerprint;

import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.Objects;

/**
 * A print's template: the SourceAFIS template for matching, its ISO/IEC 19794-2:2011 export for the package, and
 * the number of minutiae in that export.
 */
public final class PrintTemplate {
    private final FingerprintTemplate sourceAfis;
    private final byte[] iso;
    private final int minutiae;

    PrintTemplate(FingerprintTemplate sourceAfis, byte[] iso, int minutiae) {
        this.sourceAfis = Objects.requireNonNull(sourceAfis, "sourceAfis");
        this.iso = iso.clone();
        this.minutiae = minutiae;
    }

    FingerprintTemplate sourceAfis() {
        return sourceAfis;
    }

    /** Whether an ISO record exists (it cannot when no minutia was found). */
    public boolean hasIso() {
        return iso.length > 0;
    }

    /** The ISO/IEC 19794-2:2011 record (a copy); empty when no minutia was found. */
    public byte[] iso19794() {
        return iso.clone();
    }

    public int minutiaeCount() {
        return minutiae;
    }
}
