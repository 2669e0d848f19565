package io.enrollment.qc.fingerprint;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.fingerprintio.TemplateFormatException;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Fingerprint;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Position;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Template;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import io.enrollment.core.sample.FingerPosition;

/**
 * Templates with SourceAFIS 3.18.1: extraction (always with the resolution set), export as ISO/IEC 19794-2:2011
 * with the finger position filled in, the minutiae count read back from that export (SourceAFIS has no public
 * minutiae), and matching. Stateless and thread-safe.
 */
public final class FingerprintTemplates {
    private static volatile boolean warm;

    private FingerprintTemplates() {
    }

    /**
     * Extracts the template of {@code image}. Costs 40–100 ms warm; the very first call in a JVM costs over a
     * second, so call {@link #warmUp()} at start.
     */
    public static PrintTemplate extract(PrintImage image, FingerPosition position) {
        FingerprintTemplate template = new FingerprintTemplate(new FingerprintImage(image.width(), image.height(),
                image.pixels(), new FingerprintImageOptions().dpi(image.dpi())));
        byte[] exported;
        try {
            exported = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2011, template);
        } catch (TemplateFormatException e) {
            // ISO 19794-2 cannot hold a record without minutiae: nothing usable was found
            return new PrintTemplate(template, new byte[0], 0);
        }
        Iso19794p2v2011Template iso = new Iso19794p2v2011Template(exported);
        int minutiae = 0;
        for (Iso19794p2v2011Fingerprint f : iso.fingerprints) {
            minutiae += f.minutiae.size();
            if (position != null) {
                f.position = Iso19794p2v2011Position.valueOf(position.name());
            }
        }
        return new PrintTemplate(template, iso.toByteArray(), minutiae);
    }

    /** SourceAFIS similarity score of two templates (about 40 corresponds to a false match rate of 0.01 %). */
    public static double match(PrintTemplate probe, PrintTemplate candidate) {
        return new FingerprintMatcher(probe.sourceAfis()).match(candidate.sourceAfis());
    }

    /**
     * A matcher prepared for {@code probe}: preparing costs a few milliseconds, each comparison after that a
     * fraction of one, so use it to compare one print with many.
     */
    public static java.util.function.ToDoubleFunction<PrintTemplate> matcher(PrintTemplate probe) {
        FingerprintMatcher m = new FingerprintMatcher(probe.sourceAfis());
        return candidate -> m.match(candidate.sourceAfis());
    }

    /** Runs one extraction and one match on a generated ridge pattern so the first real capture is fast. Idempotent. */
    public static synchronized void warmUp() {
        if (warm) {
            return;
        }
        int w = 256;
        int h = 288;
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x - w / 2.0, (y - h / 2.0) * 0.8);
                // concentric ridges with a half-period phase jump along two lines: ridge endings for the extractor
                double phase = (x > w / 2 && y > h / 3) || (y > 2 * h / 3 && x < w / 3) ? Math.PI : 0;
                px[y * w + x] = (byte) (128 + 100 * Math.cos(2 * Math.PI * r / 9 + phase));
            }
        }
        PrintTemplate t = extract(new PrintImage(w, h, px, 500), null);
        match(t, t);
        warm = true;
    }
}
