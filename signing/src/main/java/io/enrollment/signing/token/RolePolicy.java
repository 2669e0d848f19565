package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Maps an officer certificate to an {@link Officer} and decides the role. The role comes from a
 * configured list of supervisor certificates (set by the installer), not from a certificate
 * attribute: qualified certificates are issued by accredited CAs that know nothing of this
 * workstation's roles, and a role must be withdrawable without re-issuing a certificate.
 *
 * <p>Each list entry is either {@code ISSUER_DN#SERIAL} (exactly {@link Officer#id()}) or a bare
 * {@code SERIAL} (hex, any issuer the trust anchors accept). Serials are compared as numbers
 * ({@code 0x03E8}, {@code 3e8} and {@code 03:e8} are the same). Everyone else is an OPERATOR.
 */
public final class RolePolicy {
    private final Set<String> supervisorIds;
    private final Set<BigInteger> supervisorSerials;

    private RolePolicy(Set<String> ids, Set<BigInteger> serials) {
        this.supervisorIds = Set.copyOf(ids);
        this.supervisorSerials = Set.copyOf(serials);
    }

    /** Everyone is an operator. */
    public static RolePolicy operatorsOnly() {
        return new RolePolicy(Set.of(), Set.of());
    }

    /**
     * Supervisors are the certificates listed.
     *
     * @throws IllegalArgumentException for an entry whose serial is not hexadecimal
     */
    public static RolePolicy supervisors(Collection<String> entries) {
        Set<String> ids = new HashSet<>();
        Set<BigInteger> serials = new HashSet<>();
        for (String entry : entries) {
            int hash = entry.lastIndexOf('#');
            if (hash >= 0) {
                BigInteger serial = parseSerial(entry.substring(hash + 1));
                ids.add(new X500Principal(entry.substring(0, hash)).getName(X500Principal.RFC2253) + "#"
                        + serial.toString(16));
            } else {
                serials.add(parseSerial(entry));
            }
        }
        return new RolePolicy(ids, serials);
    }

    /** The officer a certificate names, with their role. */
    public Officer officer(X509Certificate cert) {
        String subject = cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
        String issuer = cert.getIssuerX500Principal().getName(X500Principal.RFC2253);
        BigInteger serial = cert.getSerialNumber();
        String id = issuer + "#" + serial.toString(16);
        Officer.Role role = supervisorIds.contains(id) || supervisorSerials.contains(serial)
                ? Officer.Role.SUPERVISOR : Officer.Role.OPERATOR;
        return new Officer(subject, organisation(cert), serial.toString(16), issuer,
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), role);
    }

    /** The O= value of the certificate subject, or "". */
    public static String organisation(X509Certificate cert) {
        RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.O);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private static BigInteger parseSerial(String text) {
        String hex = text.trim().toLowerCase(Locale.ROOT).replace(":", "");
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        if (!hex.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("supervisor certificate serial is not hexadecimal: " + text);
        }
        return new BigInteger(hex, 16);
    }
}
