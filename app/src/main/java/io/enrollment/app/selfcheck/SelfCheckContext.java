package io.enrollment.app.selfcheck;

import io.enrollment.app.audit.AuditAnchors;
import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.incident.DeviceWatch;
import io.enrollment.app.incident.EventOutbox;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.incident.IncidentReporter;
import io.enrollment.app.incident.WorkstationEventSealer;
import io.enrollment.app.incident.WorkstationKey;
import io.enrollment.app.selfcheck.items.CameraCheck;
import io.enrollment.app.selfcheck.items.CameraGeometry;
import io.enrollment.app.selfcheck.items.CentralProbe;
import io.enrollment.app.selfcheck.items.ClockCheck;
import io.enrollment.app.selfcheck.items.ConfigurationCheck;
import io.enrollment.app.selfcheck.items.IntegrityCheck;
import io.enrollment.app.selfcheck.items.MicrophoneCheck;
import io.enrollment.app.selfcheck.items.QcEngineSelfTest;
import io.enrollment.app.selfcheck.items.ScannerCheck;
import io.enrollment.app.selfcheck.items.StorageCheck;
import io.enrollment.app.selfcheck.items.TokenCheck;
import io.enrollment.core.Modality;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.installer.Transmission;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.qc.QcCheckers;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the self-check, the incident register and the audit trail need, opened from one workstation
 * configuration: the queue ({@code DATA/queue}), the audit trail ({@code DATA/audit}), the incident register
 * ({@code DATA/incidents}), the self-check history ({@code DATA/selfcheck}), and the workstation key that signs
 * reports. Close it to release the queue and the audit file.
 */
public final class SelfCheckContext implements AutoCloseable {
    private final WorkstationConfig config;
    private final Profile profile;
    private final AuditLog audit;
    private final IncidentRegister incidents;
    private final QueueStore queue;
    private final Optional<WorkstationKey> key;
    private final Optional<EventOutbox> outbox;
    private final SelfCheckService service;
    private final CadesSigner signer;
    private final Clock clock;
    private final boolean owner;
    private final DeviceWatch devices;

    private SelfCheckContext(WorkstationConfig config, Profile profile, AuditLog audit, IncidentRegister incidents,
                             QueueStore queue, Optional<WorkstationKey> key, Optional<EventOutbox> outbox,
                             SelfCheckService service, CadesSigner signer, Clock clock, boolean owner, DeviceWatch devices) {
        this.owner = owner;
        this.devices = devices;
        this.config = config;
        this.profile = profile;
        this.audit = audit;
        this.incidents = incidents;
        this.queue = queue;
        this.key = key;
        this.outbox = outbox;
        this.service = service;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * Options of one opening.
     *
     * @param installation  folder of the installed application (integrity check); empty when not installed
     * @param waitForFinger how long the scanner item waits for a finger
     * @param faceReference the reference face of the engine self-test, empty when the build lacks it
     */
    public record Options(Optional<Path> installation, Duration waitForFinger, Optional<byte[]> faceReference,
                          List<Path> deviceRoots) {
        public Options {
            deviceRoots = List.copyOf(deviceRoots);
        }

        /** Devices looked for in {@code /dev}. */
        public Options(Optional<Path> installation, Duration waitForFinger, Optional<byte[]> faceReference) {
            this(installation, waitForFinger, faceReference, List.of(Path.of("/dev")));
        }

        /** The running application's installation, 3 s for a finger, the packaged reference face. */
        public static Options running() {
            try {
                return new Options(IntegrityCheck.runningInstallation(), Duration.ofSeconds(3), ReferenceSamples.packagedFace());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The same with devices looked for under {@code roots} instead of {@code /dev}. */
        public Options withDeviceRoots(List<Path> roots) {
            return new Options(installation, waitForFinger, faceReference, roots);
        }
    }

    /**
     * Opens the stores and wires the items.
     *
     * @throws IOException    when the data folder cannot be used
     * @throws QueueException when the queue cannot be opened (e.g. held by another workstation process)
     */
    public static SelfCheckContext open(WorkstationConfig config, Clock clock, Options options) throws IOException, QueueException {
        Profile profile = ProfileLoader.builtIn(config.profileId());
        WorkingCalendar calendar = WorkingCalendar.of(profile, config.zone());
        Path data = config.dataDir();
        AuditLog audit = AuditLog.open(data.resolve("audit"), clock);
        IncidentRegister incidents = IncidentRegister.open(data.resolve("incidents"), calendar, clock, audit,
                IncidentReporter.NONE);
        QueueStore queue;
        try {
            queue = QueueStore.open(config.queueDir(), clock, incidents);
        } catch (QueueException e) {
            audit.close();
            throw e;
        }
        SelfCheckContext ctx = wire(config, clock, options, audit, incidents, queue, true, () -> { });
        incidents.reportPending();
        return ctx;
    }

    /**
     * Wires the self-check over stores the running application already holds (it keeps owning them: closing
     * this context leaves them open).
     *
     * @param afterQueued told when a report was queued (wakes the transmitter)
     * @throws IOException when the central certificate cannot be read
     */
    public static SelfCheckContext attach(WorkstationConfig config, Clock clock, Options options, AuditLog audit,
                                          IncidentRegister incidents, QueueStore queue, Runnable afterQueued) throws IOException {
        return wire(config, clock, options, audit, incidents, queue, false, afterQueued);
    }

    private static SelfCheckContext wire(WorkstationConfig config, Clock clock, Options options, AuditLog audit,
                                         IncidentRegister incidents, QueueStore queue, boolean owner, Runnable afterQueued)
            throws IOException {
        Profile profile = ProfileLoader.builtIn(config.profileId());
        Path data = config.dataDir();
        Transmission t = config.transmission();
        Optional<WorkstationKey> key = t.clientKeystore() != null && t.clientPasswordFile() != null
                ? Optional.of(new WorkstationKey(t.clientKeystore(), t.clientPasswordFile(),
                CertificateValidator.withoutTrustAnchors(), incidents, clock)) : Optional.empty();
        CadesSigner signer = new CadesSigner(config.place(), clock, Optional.empty());
        Optional<EventOutbox> outbox = Optional.empty();
        Optional<X509Certificate> central = centralCertificate(t);
        if (key.isPresent() && central.isPresent()) {
            PackageSealer sealer = new PackageSealer(signer, new EnvelopeSealer(), List.of(central.get()));
            outbox = Optional.of(new EventOutbox(queue, new WorkstationEventSealer(key.get(), sealer), afterQueued));
            incidents.reportThrough(IncidentReporter.through(outbox.get(), config.workstationId()));
        }
        CentralProbe probe = new CentralProbe(config.centralUrl(), t.centralCertificate(), t.clientKeystore(),
                t.clientPasswordFile(), clock);
        List<SelfCheckItem> items = new ArrayList<>();
        items.add(new CameraCheck(config.camera(), new CameraGeometry(config.cameraSetup().fovDegrees(),
                config.cameraSetup().distanceCm() * 10), profile));
        if (profile.requires(Modality.VOICE)) {
            items.add(new MicrophoneCheck(config.microphone(), profile));
        }
        if (profile.requires(Modality.FINGERPRINT)) {
            items.add(config.scanner().<SelfCheckItem>map(port -> new ScannerCheck(port, config.scannerBaud(), profile,
                    options.waitForFinger())).orElse(new MissingItem("scanner", Finding.of("scanner.notConfigured"),
                    Finding.of("scanner.remedy.configure"))));
        }
        items.add(new TokenCheck(key, config.tokenLibrary(), config.softwareToken(), CertificateValidator.withoutTrustAnchors(),
                profile, clock));
        items.add(new QcEngineSelfTest(profile, QcCheckers.all(), () -> {
            try {
                return ReferenceSamples.forModalities(profile.requiredModalities(), options.faceReference());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        items.add(new IntegrityCheck(options.installation()));
        items.add(new ClockCheck(clock, data.resolve("selfcheck").resolve("clock.last"), probe, profile));
        items.add(new StorageCheck(data, queue, audit.file(), profile, clock));
        items.add(new ConfigurationCheck(config, probe, clock));
        SelfCheckRunner runner = new SelfCheckRunner(config.workstationId(), profile.id(), items, clock);
        DeviceWatch devices = DeviceWatch.of(config, data.resolve("devices"), incidents, options.deviceRoots());
        SelfCheckService service = new SelfCheckService(runner, new SelfCheckHistory(data.resolve("selfcheck")),
                EnrollmentGate.of(profile), outbox, incidents, audit, clock, devices::scan);
        return new SelfCheckContext(config, profile, audit, incidents, queue, key, outbox, service, signer, clock, owner,
                devices);
    }

    private static Optional<X509Certificate> centralCertificate(Transmission t) throws IOException {
        if (t.centralCertificate() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(io.enrollment.signing.Certificates.read(t.centralCertificate()).get(0));
        } catch (CertificateException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Signs the audit trail's head with the workstation key (an ANCHOR record), when the key is configured. */
    public Optional<String> anchorAudit() throws SigningException, IOException {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try (OfficerSession session = key.get().open()) {
            return Optional.of(new AuditAnchors(config.dataDir().resolve("audit")).anchor(audit, signer, session).hash());
        }
    }

    public SelfCheckService service() {
        return service;
    }

    public IncidentRegister incidents() {
        return incidents;
    }

    public AuditLog audit() {
        return audit;
    }

    public QueueStore queue() {
        return queue;
    }

    public Profile profile() {
        return profile;
    }

    public Optional<EventOutbox> outbox() {
        return outbox;
    }

    public Optional<WorkstationKey> key() {
        return key;
    }

    /** The unknown-device detector (UNKNOWN_DEVICE incidents). */
    public DeviceWatch devices() {
        return devices;
    }

    /** Closes the queue and the audit trail when this context opened them; attached contexts leave them open. */
    @Override
    public void close() {
        if (owner) {
            queue.close();
            audit.close();
        }
    }

    /** An item the configuration leaves out although the profile needs it. */
    private static final class MissingItem implements SelfCheckItem {
        private final String id;
        private final Finding summary;
        private final Finding remedy;

        MissingItem(String id, Finding summary, Finding remedy) {
            this.id = id;
            this.summary = summary;
            this.remedy = remedy;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public ItemResult run() {
            return ItemResult.fail(id, summary, List.of(), remedy);
        }
    }
}
