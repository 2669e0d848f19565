package io.enrollment.signing.token;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a signer certificate at a given time: validity period, key usage (digitalSignature or
 * nonRepudiation must be present, and the extension itself must be present) and a chain to the
 * configured trust anchors (PKIX through BouncyCastle, so GOST-signed chains work too; revocation
 * is not checked here, see docs/signing.md). With no trust anchors the chain is not checked, and
 * {@link #checksChain()} says so.
 *
 * <p>A chain PKIX accepted is remembered, for exactly the certificates given, with the period in which every
 * certificate of the path (and the anchor) is valid: the same officer's next signature inside that period needs no
 * second path building (1–1.5 ms). Nothing else PKIX checks depends on the time; failures are never remembered.
 */
public final class CertificateValidator {
    private static final int REMEMBERED_CHAINS = 256;
    private final List<X509Certificate> anchors;
    private final Map<String, Instant[]> acceptedChains = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Instant[]> eldest) {
                    return size() > REMEMBERED_CHAINS;
                }
            });

    public CertificateValidator(Collection<X509Certificate> trustAnchors) {
        this.anchors = List.copyOf(trustAnchors);
    }

    /** A validator that checks validity and key usage but no chain (the result says so). */
    public static CertificateValidator withoutTrustAnchors() {
        return new CertificateValidator(List.of());
    }

    /** Whether chains are checked (there is at least one trust anchor). */
    public boolean checksChain() {
        return !anchors.isEmpty();
    }

    /** The trust anchors. */
    public List<X509Certificate> trustAnchors() {
        return anchors;
    }

    /** Throws the first problem found, if any. */
    public void check(X509Certificate cert, Collection<X509Certificate> intermediates, Instant at) throws SigningException {
        Optional<CertificateProblem> problem = problem(cert, intermediates, at);
        if (problem.isPresent()) {
            throw problem.get().toException();
        }
    }

    /** The first problem with the certificate at time {@code at}, or empty if it is acceptable. */
    public Optional<CertificateProblem> problem(X509Certificate cert, Collection<X509Certificate> intermediates, Instant at) {
        Optional<CertificateProblem> validity = validityProblem(cert, at);
        if (validity.isPresent()) {
            return validity;
        }
        Optional<CertificateProblem> usage = keyUsageProblem(cert);
        if (usage.isPresent()) {
            return usage;
        }
        return chainProblem(cert, intermediates, at);
    }

    /** Validity-period check alone. */
    public static Optional<CertificateProblem> validityProblem(X509Certificate cert, Instant at) {
        Instant notBefore = cert.getNotBefore().toInstant();
        Instant notAfter = cert.getNotAfter().toInstant();
        String who = cert.getSubjectX500Principal().getName();
        if (at.isBefore(notBefore)) {
            return Optional.of(new CertificateProblem(SigningError.CERTIFICATE_NOT_YET_VALID,
                    "certificate of " + who + " is not valid until " + notBefore + " (checked at " + at + ")"));
        }
        if (at.isAfter(notAfter)) {
            return Optional.of(new CertificateProblem(SigningError.CERTIFICATE_EXPIRED,
                    "certificate of " + who + " expired at " + notAfter + " (checked at " + at + ")"));
        }
        return Optional.empty();
    }

    /** Key-usage check alone: digitalSignature or nonRepudiation required. */
    public static Optional<CertificateProblem> keyUsageProblem(X509Certificate cert) {
        boolean[] ku = cert.getKeyUsage();
        String who = cert.getSubjectX500Principal().getName();
        if (ku == null) {
            return Optional.of(new CertificateProblem(SigningError.WRONG_KEY_USAGE,
                    "certificate of " + who + " has no keyUsage extension; a signing certificate needs "
                            + "digitalSignature or nonRepudiation"));
        }
        boolean digitalSignature = ku.length > 0 && ku[0];
        boolean nonRepudiation = ku.length > 1 && ku[1];
        if (!digitalSignature && !nonRepudiation) {
            return Optional.of(new CertificateProblem(SigningError.WRONG_KEY_USAGE,
                    "certificate of " + who + " allows " + describe(ku)
                            + " but neither digitalSignature nor nonRepudiation"));
        }
        return Optional.empty();
    }

    private Optional<CertificateProblem> chainProblem(X509Certificate cert, Collection<X509Certificate> intermediates,
                                                      Instant at) {
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        for (X509Certificate anchor : anchors) {
            if (anchor.equals(cert)) {
                return Optional.empty();
            }
        }
        String key;
        try {
            key = chainKey(cert, intermediates);
        } catch (GeneralSecurityException e) {
            return Optional.of(new CertificateProblem(SigningError.UNTRUSTED_CHAIN,
                    "cannot check the certificate chain: " + e.getMessage()));
        }
        Instant[] validWithin = acceptedChains.get(key);
        if (validWithin != null && !at.isBefore(validWithin[0]) && !at.isAfter(validWithin[1])) {
            return Optional.empty();
        }
        try {
            X509Certificate target = toBc(cert);
            Set<TrustAnchor> trust = new HashSet<>();
            for (X509Certificate anchor : anchors) {
                trust.add(new TrustAnchor(toBc(anchor), null));
            }
            List<X509Certificate> pool = new ArrayList<>();
            pool.add(target);
            for (X509Certificate c : intermediates) {
                pool.add(toBc(c));
            }
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trust, selector);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool),
                    BouncyCastle.PROVIDER));
            PKIXCertPathBuilderResult built = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX",
                    BouncyCastle.PROVIDER).build(params);
            acceptedChains.put(key, validityOf(built));
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return Optional.of(new CertificateProblem(SigningError.UNTRUSTED_CHAIN,
                    "certificate of " + cert.getSubjectX500Principal().getName() + " issued by "
                            + cert.getIssuerX500Principal().getName()
                            + " does not chain to a trusted CA: " + rootMessage(e)));
        } catch (GeneralSecurityException e) {
            return Optional.of(new CertificateProblem(SigningError.UNTRUSTED_CHAIN,
                    "cannot check the certificate chain: " + e.getMessage()));
        }
    }

    /** The period in which every certificate of the path and the anchor is valid. */
    private static Instant[] validityOf(PKIXCertPathBuilderResult built) {
        List<X509Certificate> all = new ArrayList<>();
        for (java.security.cert.Certificate c : built.getCertPath().getCertificates()) {
            all.add((X509Certificate) c);
        }
        if (built.getTrustAnchor().getTrustedCert() != null) {
            all.add(built.getTrustAnchor().getTrustedCert());
        }
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (X509Certificate c : all) {
            Instant notBefore = c.getNotBefore().toInstant();
            Instant notAfter = c.getNotAfter().toInstant();
            from = notBefore.isAfter(from) ? notBefore : from;
            to = notAfter.isBefore(to) ? notAfter : to;
        }
        return new Instant[] {from, to};
    }

    /** SHA-256 over the exact certificates given: the target, then the others in their order. */
    private static String chainKey(X509Certificate cert, Collection<X509Certificate> intermediates)
            throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        List<X509Certificate> all = new ArrayList<>();
        all.add(cert);
        all.addAll(intermediates);
        for (X509Certificate c : all) {
            byte[] encoded = c.getEncoded();
            md.update(ByteBuffer.allocate(4).putInt(encoded.length).array());
            md.update(encoded);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static X509Certificate toBc(X509Certificate cert) throws GeneralSecurityException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
        return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(cert.getEncoded()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : e.getMessage();
    }

    private static String describe(boolean[] ku) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
                "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        List<String> set = new ArrayList<>();
        for (int i = 0; i < ku.length && i < names.length; i++) {
            if (ku[i]) {
                set.add(names[i]);
            }
        }
        return set.isEmpty() ? "nothing" : String.join(", ", set);
    }
}
