package io.enrollment.signing.cades;

import io.enrollment.core.Officer;
import io.enrollment.signing.SignatureAlgorithm;
import java.time.Instant;
import java.util.Objects;

/**
 * A finished CAdES signature.
 *
 * @param encoded     DER CMS SignedData (ContentInfo)
 * @param packaging   encapsulated or detached
 * @param algorithm   signature algorithm
 * @param signingTime the signing-time attribute's value
 * @param signer      the officer
 * @param timestamp   CAdES-T outcome (stamped, offline, or not requested)
 */
public record CadesSignature(byte[] encoded, Packaging packaging, SignatureAlgorithm algorithm, Instant signingTime,
                             Officer signer, TimestampOutcome timestamp) {
    public CadesSignature {
        encoded = encoded.clone();
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }
}
