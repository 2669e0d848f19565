package io.enrollment.signing;

import io.enrollment.signing.cades.CadesSignature;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.envelope.EnvelopeSealer;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * Signs a package (CAdES, content encapsulated) and seals the signed result in an envelope to the
 * recipients (the central system's certificate), in one step: from here on the package is
 * unreadable by anyone but the recipients (R-SIGN-1, R-SIGN-3, R-QC-2). Either both steps succeed
 * or nothing is returned: no half-signed or unsealed package can reach the queue.
 */
public final class PackageSealer {
    private final CadesSigner signer;
    private final EnvelopeSealer envelopes;
    private final List<X509Certificate> recipients;

    public PackageSealer(CadesSigner signer, EnvelopeSealer envelopes, List<X509Certificate> recipients) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.recipients = List.copyOf(recipients);
        if (this.recipients.isEmpty()) {
            throw new IllegalArgumentException("a sealed package needs at least one recipient");
        }
    }

    /** A signed, enveloped package. */
    public record Sealed(byte[] envelope, CadesSignature signature) {
        public Sealed {
            envelope = envelope.clone();
            Objects.requireNonNull(signature, "signature");
        }

        @Override
        public byte[] envelope() {
            return envelope.clone();
        }
    }

    /**
     * Signs and seals.
     *
     * @throws SigningException from either step; nothing is produced then
     */
    public Sealed seal(OfficerSession session, byte[] packageBytes) throws SigningException {
        CadesSignature signature = signer.sign(session, packageBytes, Packaging.ENCAPSULATED);
        byte[] envelope = envelopes.seal(signature.encoded(), recipients);
        return new Sealed(envelope, signature);
    }
}
