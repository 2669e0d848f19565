package io.enrollment.signing.cades;

import io.enrollment.signing.token.RolePolicy;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * Who signed, from the signer certificate.
 *
 * @param subjectDn    subject (RFC 2253)
 * @param organisation O= of the subject, or ""
 * @param serialHex    certificate serial in hex
 * @param issuerDn     issuer (RFC 2253)
 * @param notBefore    validity start
 * @param notAfter     validity end
 */
public record SignerIdentity(String subjectDn, String organisation, String serialHex, String issuerDn,
                             Instant notBefore, Instant notAfter) {

    /** From a certificate. */
    public static SignerIdentity of(X509Certificate cert) {
        return new SignerIdentity(cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
                RolePolicy.organisation(cert), cert.getSerialNumber().toString(16),
                cert.getIssuerX500Principal().getName(X500Principal.RFC2253),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
    }
}
