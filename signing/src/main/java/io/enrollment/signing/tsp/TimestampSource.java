package io.enrollment.signing.tsp;

import io.enrollment.signing.SigningException;
import org.bouncycastle.tsp.TimeStampToken;

/** Something that time-stamps data (RFC 3161): normally {@link TimestampClient}. */
@FunctionalInterface
public interface TimestampSource {
    /**
     * A time-stamp token over the SHA-256 hash of {@code data}, already checked against the request
     * (imprint, nonce) and signed by the TSA.
     *
     * @throws SigningException TIMESTAMP_UNAVAILABLE when the TSA cannot be reached (offline),
     *                          TIMESTAMP_FAILED when it answers with no usable token
     */
    TimeStampToken stamp(byte[] data) throws SigningException;
}
