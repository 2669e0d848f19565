package io.enrollment.central.verify;

/** The verifiers the simulator can run with. */
public final class Verifiers {
    private Verifiers() {
    }

    /**
     * The standard verifier. The envelope opening and CAdES verification come from the {@code signing}
     * module; until its envelope and CAdES verifier classes exist this is {@link UnavailableVerifier}, which
     * rejects every item with "verification unavailable" (never a faked acceptance).
     */
    public static VerifierFactory standard() {
        return (pki, anchors) -> new UnavailableVerifier();
    }
}
