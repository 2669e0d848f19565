package io.enrollment.central.verify;

import io.enrollment.central.ItemKind;
import java.nio.file.Path;

/**
 * The verifier used when the cryptographic verification cannot run: it never fakes acceptance, every
 * item is rejected with the reason {@value #REASON}.
 */
public final class UnavailableVerifier implements PackageVerifier {
    public static final String REASON = "verification unavailable";

    @Override
    public Verification verify(ItemKind kind, String id, String eventKind, Path payload) {
        return Verification.reject(REASON);
    }
}
