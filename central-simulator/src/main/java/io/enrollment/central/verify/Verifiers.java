package io.enrollment.central.verify;

/** The verifiers the simulator can run with. */
public final class Verifiers {
    private Verifiers() {
    }

    /**
     * The standard verifier: {@link SigningPackageVerifier} with the central key and the officer trust anchors
     * (the simulator CA plus those given with {@code --officer-trust}).
     */
    public static VerifierFactory standard() {
        return (pki, anchors) -> new SigningPackageVerifier(pki.central().certificate(), pki.central().key(), anchors);
    }

    /** A verifier that rejects everything with "verification unavailable" (never a faked acceptance). */
    public static VerifierFactory unavailable() {
        return (pki, anchors) -> new UnavailableVerifier();
    }
}
