package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.signing.Certificates;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration: the profile loads with everything the workstation needs from it (thresholds, working
 * calendar, critical items), the central system's certificate is pinned and valid, and the endpoint answers
 * over verified TLS when the workstation is online (unreachable is a WARN: the queue holds everything).
 */
public final class ConfigurationCheck implements SelfCheckItem {
    private final WorkstationConfig config;
    private final CentralProbe central;
    private final Clock clock;

    public ConfigurationCheck(WorkstationConfig config, CentralProbe central, Clock clock) {
        this.config = config;
        this.central = central;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "configuration";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        m.add(Measurement.of("workstation", config.workstationId(), ""));
        m.add(Measurement.of("profile", config.profileId(), ""));
        Profile profile;
        try {
            profile = ProfileLoader.builtIn(config.profileId());
            WorkingCalendar.of(profile, config.zone());
            EnrollmentGate.of(profile);
        } catch (RuntimeException e) {
            return ItemResult.fail(id(), "profile " + config.profileId() + " is not usable: " + e.getMessage(), m,
                    "reinstall the workstation software (the profile ships with it) or fix 'profile'");
        }
        m.add(Measurement.of("thresholds", profile.thresholds().size(), ""));
        if (config.transmission() == null || config.transmission().centralCertificate() == null) {
            return ItemResult.fail(id(), "the central system's certificate is not pinned (central.certificate)", m,
                    "install the central system's certificate and set central.certificate (docs/configuration.md)");
        }
        X509Certificate pinned;
        try {
            pinned = Certificates.read(config.transmission().centralCertificate()).get(0);
        } catch (IOException | CertificateException | IndexOutOfBoundsException e) {
            return ItemResult.fail(id(), "central.certificate cannot be read: " + e.getMessage(), m,
                    "replace the file with the PEM certificate the central system's operator gave you");
        }
        m.add(Measurement.of("pinned central certificate", pinned.getSubjectX500Principal().getName(), ""));
        if (clock.instant().isAfter(pinned.getNotAfter().toInstant())) {
            return ItemResult.fail(id(), "the pinned central certificate expired at " + pinned.getNotAfter().toInstant(), m,
                    "install the central system's new certificate");
        }
        if (!config.transmission().configured()) {
            return ItemResult.fail(id(), "the workstation's TLS key store is not configured", m,
                    "set tls.keystore and tls.keystore.password-file (docs/configuration.md)");
        }
        CentralProbe.Contact contact = central.contact();
        m.add(Measurement.of("endpoint", config.centralUrl() + (contact.reached() ? " (HTTP " + contact.status() + ")"
                : " (unreachable)"), ""));
        if (!contact.reached()) {
            return ItemResult.warn(id(), "the central system was not reached: " + contact.problem(), m,
                    "check the network and central.url; packages and events wait in the queue meanwhile");
        }
        return ItemResult.ok(id(), "profile " + profile.id() + " valid, central certificate pinned, endpoint answers", m);
    }
}
