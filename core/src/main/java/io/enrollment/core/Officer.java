package io.enrollment.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The collecting officer as their token's certificate names them (R-SIGN-1).
 *
 * @param subjectDn     certificate subject distinguished name
 * @param organisation  organisation (O=) from the certificate, may be empty
 * @param serialHex     certificate serial number in hex
 * @param issuerDn      certificate issuer distinguished name
 * @param notBefore     certificate validity start
 * @param notAfter      certificate validity end
 * @param role          what the officer may do at this workstation
 */
public record Officer(String subjectDn, String organisation, String serialHex, String issuerDn,
                      Instant notBefore, Instant notAfter, Role role) {

    public enum Role { OPERATOR, SUPERVISOR }

    public Officer {
        Objects.requireNonNull(subjectDn, "subjectDn");
        organisation = organisation == null ? "" : organisation;
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(issuerDn, "issuerDn");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(role, "role");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("certificate validity ends before it starts");
        }
    }

    /** Stable identifier for logs and audit: issuer + serial. */
    public String id() {
        return issuerDn + "#" + serialHex;
    }
}
