package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
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
            return ItemResult.fail(id(), Finding.of("configuration.profileUnusable", config.profileId(), e.getMessage()), m,
                    Finding.of("configuration.remedy.profile"));
        }
        m.add(Measurement.of("thresholds", profile.thresholds().size(), ""));
        if (config.transmission() == null || config.transmission().centralCertificate() == null) {
            return ItemResult.fail(id(), Finding.of("configuration.notPinned"), m, Finding.of("configuration.remedy.pin"));
        }
        X509Certificate pinned;
        try {
            pinned = Certificates.read(config.transmission().centralCertificate()).get(0);
        } catch (IOException | CertificateException | IndexOutOfBoundsException e) {
            return ItemResult.fail(id(), Finding.of("configuration.certificateUnreadable", String.valueOf(e.getMessage())), m,
                    Finding.of("configuration.remedy.pem"));
        }
        m.add(Measurement.of("pinned central certificate", pinned.getSubjectX500Principal().getName(), ""));
        if (clock.instant().isAfter(pinned.getNotAfter().toInstant())) {
            return ItemResult.fail(id(), Finding.of("configuration.certificateExpired", pinned.getNotAfter().toInstant()), m,
                    Finding.of("configuration.remedy.newCertificate"));
        }
        if (!config.transmission().configured()) {
            return ItemResult.fail(id(), Finding.of("configuration.noKeystore"), m, Finding.of("configuration.remedy.keystore"));
        }
        CentralProbe.Contact contact = central.contact();
        m.add(Measurement.of("endpoint", config.centralUrl() + (contact.reached() ? " (HTTP " + contact.status() + ")"
                : " (unreachable)"), ""));
        if (!contact.reached()) {
            return ItemResult.warn(id(), Finding.of("configuration.unreachable", contact.problem()), m,
                    Finding.of("configuration.remedy.network"));
        }
        return ItemResult.ok(id(), Finding.of("configuration.ok", profile.id()), m);
    }
}
