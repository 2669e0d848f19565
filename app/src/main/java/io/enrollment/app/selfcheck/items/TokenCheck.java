package io.enrollment.app.selfcheck.items;

import io.enrollment.app.incident.WorkstationKey;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.token.CertificateProblem;
import io.enrollment.signing.token.CertificateValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tokens and keys: the workstation key (which signs the self-check and incident reports) opens, its
 * certificate is valid (WARN from the profile's {@code selfcheck.certificate.warn.days} before expiry), has a
 * signing key usage and chains to the configured trust anchors; the officers' token library (or the demo's
 * software token) is present.
 */
public final class TokenCheck implements SelfCheckItem {
    private final Optional<WorkstationKey> key;
    private final String tokenLibrary;
    private final String softwareToken;
    private final CertificateValidator validator;
    private final Profile profile;
    private final Clock clock;

    public TokenCheck(Optional<WorkstationKey> key, String tokenLibrary, String softwareToken,
                      CertificateValidator validator, Profile profile, Clock clock) {
        this.key = key;
        this.tokenLibrary = tokenLibrary;
        this.softwareToken = softwareToken;
        this.validator = validator;
        this.profile = profile;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "token";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        if (!tokenLibrary.isEmpty()) {
            boolean present = Files.isRegularFile(Path.of(tokenLibrary));
            m.add(Measurement.of("officer token library", tokenLibrary + (present ? "" : " (missing)"), ""));
            if (!present) {
                return ItemResult.fail(id(), "the officers' PKCS#11 library " + tokenLibrary + " is missing", m,
                        "install the token vendor's driver package, or fix 'token.library'");
            }
        } else {
            boolean present = !softwareToken.isEmpty() && Files.isRegularFile(Path.of(softwareToken));
            m.add(Measurement.of("software token (demo)", softwareToken + (present ? "" : " (missing)"), ""));
            if (!present) {
                return ItemResult.fail(id(), "the demo software token " + softwareToken + " is missing", m,
                        "restart './workstation demo', which writes it");
            }
        }
        if (key.isEmpty()) {
            return ItemResult.fail(id(), "no workstation key is configured: reports to the central system cannot be signed", m,
                    "set tls.keystore and tls.keystore.password-file (the workstation's certificate from the central system)");
        }
        X509Certificate cert;
        List<X509Certificate> chain;
        try (OfficerSession session = key.get().open()) {
            cert = session.certificate();
            chain = session.chain();
        } catch (SigningException e) {
            return ItemResult.fail(id(), "the workstation key " + key.get().keystore() + " cannot be used: " + e.getMessage(), m,
                    "check tls.keystore and its password file; ask the central system for a new workstation certificate");
        }
        Instant now = clock.instant();
        long days = Duration.between(now, cert.getNotAfter().toInstant()).toDays();
        double warnDays = profile.threshold("selfcheck.certificate.warn.days");
        m.add(Measurement.of("workstation certificate", cert.getSubjectX500Principal().getName(), ""));
        m.add(Measurement.against("days to expiry", days, ">= " + (long) warnDays, "days"));
        m.add(Measurement.of("trust chain", validator.checksChain() ? "checked" : "not checked (no trust anchors configured)", ""));
        Optional<CertificateProblem> problem = validator.problem(cert, chain.size() > 1 ? chain.subList(1, chain.size())
                : List.of(), now);
        if (problem.isPresent()) {
            return ItemResult.fail(id(), "workstation certificate refused: " + problem.get().message(), m,
                    "ask the central system's operator for a new workstation certificate and install it");
        }
        if (days < warnDays) {
            return ItemResult.warn(id(), "workstation certificate expires in " + days + " days", m,
                    "request a new workstation certificate now; enrollment stops being reported when it expires");
        }
        return ItemResult.ok(id(), "workstation key usable, certificate valid for " + days + " more days", m);
    }
}
