package io.enrollment.app.selfcheck.items;

import io.enrollment.app.incident.WorkstationKey;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.Finding;
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
                return ItemResult.fail(id(), Finding.of("token.libraryMissing", tokenLibrary), m,
                        Finding.of("token.remedy.library"));
            }
        } else {
            boolean present = !softwareToken.isEmpty() && Files.isRegularFile(Path.of(softwareToken));
            m.add(Measurement.of("software token (demo)", softwareToken + (present ? "" : " (missing)"), ""));
            if (!present) {
                return ItemResult.fail(id(), Finding.of("token.softwareTokenMissing", softwareToken), m,
                        Finding.of("token.remedy.demo"));
            }
        }
        if (key.isEmpty()) {
            return ItemResult.fail(id(), Finding.of("token.noKey"), m, Finding.of("token.remedy.configureKey"));
        }
        X509Certificate cert;
        List<X509Certificate> chain;
        try (OfficerSession session = key.get().open()) {
            cert = session.certificate();
            chain = session.chain();
        } catch (SigningException e) {
            return ItemResult.fail(id(), Finding.of("token.keyUnusable", key.get().keystore(), e.getMessage()), m,
                    Finding.of("token.remedy.keystore"));
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
            return ItemResult.fail(id(), Finding.of("token.certificateRefused",
                    Finding.of("certificate." + problem.get().error().name()), problem.get().message()), m,
                    Finding.of("token.remedy.newCertificate"));
        }
        if (days < warnDays) {
            return ItemResult.warn(id(), Finding.of("token.expiresSoon", days, (long) warnDays), m,
                    Finding.of("token.remedy.renew"));
        }
        return ItemResult.ok(id(), Finding.of("token.ok", days), m);
    }
}
