package io.enrollment.signing.cades;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying one CAdES signature. {@link #isValid()} is true only when no
 * {@link #failure()} was found; every failure path sets one. Whatever was learnt before the failure
 * (signer, time, algorithm) is still reported.
 *
 * @param failure       why it is invalid, or empty when valid
 * @param detail        a specific sentence: what was checked or what is wrong
 * @param signer        who signed (from the signer certificate), when it was found
 * @param signingTime   the signing-time attribute
 * @param algorithm     e.g. "ECDSA with SHA-256"
 * @param timestampTime the signature time-stamp's time (CAdES-T), when present and valid
 * @param chain         whether the signer's chain was checked against trust anchors
 */
public record VerificationResult(Optional<InvalidReason> failure, String detail, Optional<SignerIdentity> signer,
                                 Optional<Instant> signingTime, Optional<String> algorithm,
                                 Optional<Instant> timestampTime, ChainStatus chain) {

    /** Whether the signer chain was checked. */
    public enum ChainStatus {
        /** Chains to a configured trust anchor. */
        TRUSTED,
        /** No trust anchors were configured: the chain was NOT checked. */
        NOT_CHECKED,
        /** Not reached, because verification failed earlier (or the chain itself failed). */
        NOT_ESTABLISHED
    }

    public VerificationResult {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(timestampTime, "timestampTime");
        Objects.requireNonNull(chain, "chain");
        if (failure.isPresent() && chain == ChainStatus.TRUSTED) {
            throw new IllegalArgumentException("an invalid signature cannot report a trusted chain");
        }
    }

    /** True only if every check passed. */
    public boolean isValid() {
        return failure.isEmpty();
    }
}
