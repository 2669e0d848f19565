package io.enrollment.signing.cades;

/** Why a signature does not verify. Each is specific; none is a catch-all "invalid". */
public enum InvalidReason {
    /** Not a complete CMS SignedData (truncated, damaged, or another structure). */
    MALFORMED,
    /** Detached signature given without its content. */
    CONTENT_MISSING,
    /** The content given beside an encapsulated signature differs from the one inside. */
    CONTENT_MISMATCH,
    /** No SignerInfo. */
    NO_SIGNER,
    /** More than one SignerInfo (a package carries exactly one officer signature). */
    MULTIPLE_SIGNERS,
    /** The signer's certificate is not in the CMS. */
    SIGNER_CERTIFICATE_MISSING,
    /** A signature or digest algorithm outside the accepted set (e.g. SHA-1, DSA, unknown OID). */
    UNSUPPORTED_ALGORITHM,
    /** A required signed attribute is absent (content-type, message-digest, signing-certificate, signing-time). */
    MISSING_SIGNED_ATTRIBUTE,
    /** The content's digest differs from the message-digest attribute: the content was changed. */
    CONTENT_DIGEST_MISMATCH,
    /** The signature over the signed attributes does not verify: an attribute or the signature was changed. */
    SIGNATURE_INVALID,
    /** The signing-certificate(-v2) attribute does not match the certificate that verifies the signature. */
    SIGNING_CERTIFICATE_MISMATCH,
    /** The signer certificate had expired at signing time. */
    CERTIFICATE_EXPIRED,
    /** The signer certificate was not yet valid at signing time. */
    CERTIFICATE_NOT_YET_VALID,
    /** The signer certificate allows neither digitalSignature nor nonRepudiation. */
    WRONG_KEY_USAGE,
    /** The signer certificate does not chain to a trust anchor. */
    UNTRUSTED_CHAIN,
    /** A signature time-stamp is present but does not verify or does not cover this signature. */
    TIMESTAMP_INVALID
}
