package io.enrollment.app.shell;

import io.enrollment.app.capture.CaptureException;
import io.enrollment.app.capture.DriverCamera;
import io.enrollment.app.capture.FaceCamera;
import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.app.capture.MicrophoneRecorder;
import io.enrollment.app.capture.PtyScannerEmulator;
import io.enrollment.app.capture.R30xFingerprintReader;
import io.enrollment.app.capture.SpokenPrompts;
import io.enrollment.app.capture.SyntheticFingerprintReader;
import io.enrollment.app.capture.VoiceRecorder;
import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.audit.AuditAnchoring;
import io.enrollment.app.audit.AuditAnchors;
import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.enroll.CaptureDevices;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.incident.IncidentReporter;
import io.enrollment.app.queue.DeliveryAudit;
import io.enrollment.app.selfcheck.RunningWorkstation;
import io.enrollment.app.selfcheck.SelfCheckContext;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.app.review.RejectedCaptureVault;
import io.enrollment.app.session.Pkcs11TokenSlot;
import io.enrollment.app.session.SoftwareTokenSlot;
import io.enrollment.app.session.TokenSlot;
import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.devices.audio.MicrophoneCatalog;
import io.enrollment.devices.audio.MixerSource;
import io.enrollment.devices.camera.ImageFolderCamera;
import io.enrollment.devices.camera.UsbCamera;
import io.enrollment.devices.camera.VideoFileCamera;
import io.enrollment.devices.fingerprint.emulator.FolderPrintSource;
import io.enrollment.devices.fingerprint.emulator.PrintSource;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.Pkcs11Token;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareToken;
import io.enrollment.signing.token.TokenConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capabilities of one workstation, wired from its configuration: token slot, queue, rejected-capture
 * vault, capture devices and sealing. Language-independent, so the screens can be rebuilt in another
 * language without touching it. A demo uses the demo cards, the image-folder camera, a speaking file-backed
 * microphone and the synthetic scanner.
 */
public final class Workstation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    /** Rejected samples are purged after this long even when nobody reviewed them (unless configured otherwise). */
    public static final Duration REJECTED_RETENTION = io.enrollment.installer.OfficerPolicy.DEFAULT_REJECTED_RETENTION;

    private final WorkstationConfig config;
    private final Profile profile;
    private final Clock clock;
    private final TokenSlot slot;
    private final QueueStore queue;
    private final RejectedCaptureVault vault;
    private final CaptureDevices devices;
    private final PackageSealer sealer;
    private final Optional<DemoCards> demoCards;
    private final Optional<CentralLink> central;
    private final List<AutoCloseable> closeables = new java.util.ArrayList<>();
    private Records records;
    /** Audit records between two anchors signed with the workstation key. */
    static final int ANCHOR_EVERY = 50;
    private static final java.util.concurrent.Executor ANCHOR_THREAD = r -> {
        Thread t = new Thread(r, "audit-anchor");
        t.setDaemon(true);
        t.start();
    };

    private Workstation(WorkstationConfig config, Clock clock, TokenSlot slot, QueueStore queue, RejectedCaptureVault vault,
                        CaptureDevices devices, PackageSealer sealer, Optional<DemoCards> demoCards, Optional<CentralLink> central) {
        this.config = config;
        this.profile = ProfileLoader.builtIn(config.profileId());
        this.clock = clock;
        this.slot = slot;
        this.queue = queue;
        this.vault = vault;
        this.devices = devices;
        this.sealer = sealer;
        this.demoCards = demoCards;
        this.central = central;
    }

    /**
     * Wires a workstation.
     *
     * @param demoCards the demo's cards (demo only); a real workstation reads its certificates from the data folder
     * @throws IOException, GeneralSecurityException, QueueException when a part cannot be set up; the message names it
     */
    public static Workstation open(WorkstationConfig config, Clock clock, Optional<DemoCards> demoCards)
            throws IOException, GeneralSecurityException, QueueException, java.sql.SQLException {
        return open(config, clock, demoCards, SelfCheckContext.Options.running());
    }

    /**
     * As {@link #open(WorkstationConfig, Clock, Optional)}, with the self-check's options (installation checked for
     * integrity, reference face, device folders) given.
     */
    public static Workstation open(WorkstationConfig config, Clock clock, Optional<DemoCards> demoCards,
                                   SelfCheckContext.Options selfCheckOptions)
            throws IOException, GeneralSecurityException, QueueException, java.sql.SQLException {
        RunningWorkstation running = RunningWorkstation.acquire(config.dataDir());
        try {
            return open(config, clock, demoCards, selfCheckOptions, running);
        } catch (IOException | GeneralSecurityException | QueueException | java.sql.SQLException | RuntimeException e) {
            running.close();
            throw e;
        }
    }

    private static Workstation open(WorkstationConfig config, Clock clock, Optional<DemoCards> demoCards,
                                    SelfCheckContext.Options selfCheckOptions, RunningWorkstation running)
            throws IOException, GeneralSecurityException, QueueException, java.sql.SQLException {
        Profile profile = ProfileLoader.builtIn(config.profileId());
        AuditLog auditLog = AuditLog.open(config.dataDir().resolve("audit"), clock);
        IncidentRegister incidents = IncidentRegister.open(config.dataDir().resolve("incidents"),
                WorkingCalendar.of(profile, config.zone()), clock, auditLog, IncidentReporter.NONE);
        AuditTrail audit = new AuditTrail(auditLog);
        List<X509Certificate> supervisors = demoCards.isPresent() ? DemoCards.certificates(demoCards.get().supervisorsFile())
                : optionalCerts(config.officers().supervisors());
        List<X509Certificate> anchors = demoCards.isPresent() ? DemoCards.certificates(demoCards.get().caFile())
                : optionalCerts(config.officers().trustAnchors());
        Optional<CentralLink.CentralSimulatorStart> simulator = demoCards.isPresent()
                ? Optional.of(CentralLink.startSimulator(config.dataDir().resolve("central-simulator"), demoCards.get()))
                : Optional.empty();
        Path centralPem = simulator.map(CentralLink.CentralSimulatorStart::centralPem).orElse(config.transmission().centralCertificate());
        if (centralPem == null) {
            throw new IOException("central.certificate is not configured: packages cannot be sealed to the central system");
        }
        // security events and queue incidents go to the incident register (R-INC-1), which audits and reports them
        LoginGuard guard = LoginGuard.standard(incidents, clock);
        RolePolicy roles = RolePolicy.supervisors(supervisors.stream().map(c -> c.getSerialNumber().toString(16)).toList());
        CertificateValidator validator = anchors.isEmpty() ? CertificateValidator.withoutTrustAnchors() : new CertificateValidator(anchors);
        TokenSlot slot = config.softwareToken().isEmpty()
                ? new Pkcs11TokenSlot(new Pkcs11Token(TokenConfig.of(Path.of(config.tokenLibrary()), config.tokenSlotIndex()), validator, roles, guard))
                : new SoftwareTokenSlot(Path.of(config.softwareToken()), new SoftwareToken(Path.of(config.softwareToken()), validator, roles, guard), guard);
        QueueStore queue = QueueStore.open(config.dataDir().resolve("queue"), clock, incidents);
        PackageSealer sealer = new PackageSealer(new CadesSigner(config.place(), clock, Optional.empty()), new EnvelopeSealer(),
                DemoCards.certificates(centralPem));
        RejectedCaptureVault vault = new RejectedCaptureVault(config.dataDir().resolve("rejected"), supervisors, clock,
                config.officers().rejectedRetention(),
                detail -> incidents.record(IncidentType.SIGNATURE_INVALID, "rejected-captures",
                        io.enrollment.core.selfcheck.Finding.of("incident.rejectedCapture", detail)));
        for (java.util.UUID purged : vault.purgeExpiredIds()) {
            audit.purged("system", "rejected capture " + purged, "sealed sample purged after the retention period, unreviewed");
        }
        List<AutoCloseable> closeables = new java.util.ArrayList<>();
        CaptureDevices devices = new CaptureDevices(camera(config.camera()),
                profile.requires(Modality.VOICE) ? Optional.of(microphone(config)) : Optional.empty(),
                profile.requires(Modality.FINGERPRINT) ? Optional.of(scanner(config, closeables)) : Optional.empty());
        Optional<CentralLink> central = simulator.isPresent() ? Optional.of(CentralLink.demo(simulator.get(), queue, clock, incidents))
                : CentralLink.configured(config, queue, clock, incidents);
        WorkstationConfig checked = simulator.isPresent() ? DemoSelfCheck.config(config, simulator.get()) : config;
        SelfCheckContext selfCheck = SelfCheckContext.attach(checked, clock, selfCheckOptions, auditLog, incidents, queue,
                () -> central.ifPresent(CentralLink::wake));
        incidents.reportPending();
        Optional<AuditAnchoring.KeyOpener> key = selfCheck.key().map(k -> k::open);
        AuditAnchoring anchoring = new AuditAnchoring(auditLog, new AuditAnchors(config.dataDir().resolve("audit")),
                new CadesSigner(config.place(), clock, Optional.empty()), key, ANCHOR_EVERY, ANCHOR_THREAD);
        audit.addListener(anchoring::onRecord);
        Workstation ws = new Workstation(config, clock, slot, queue, vault, devices, sealer, demoCards, central);
        ws.closeables.addAll(closeables);
        ws.records = new Records(audit, incidents, selfCheck, anchoring, new DeliveryAudit(queue, audit),
                new CadesVerifier(validator), running);
        return ws;
    }

    private static List<X509Certificate> optionalCerts(Path pem) throws IOException, GeneralSecurityException {
        return Files.isRegularFile(pem) ? DemoCards.certificates(pem) : List.of();
    }

    static FaceCamera camera(String source) {
        String kind = source.substring(0, source.indexOf(':'));
        String value = source.substring(source.indexOf(':') + 1);
        switch (kind) {
            case "folder":
                return new DriverCamera(() -> new ImageFolderCamera(Path.of(value)), source);
            case "file":
                return new DriverCamera(() -> new VideoFileCamera(Path.of(value)), source);
            default:
                return new DriverCamera(() -> new UsbCamera(Integer.parseInt(value), 1280, 720), source);
        }
    }

    private static VoiceRecorder microphone(WorkstationConfig config) {
        if (config.demo()) {
            SpokenPrompts speaker = new SpokenPrompts(config.dataDir().resolve("demo-speech"));
            return new MicrophoneRecorder(p -> MicrophoneCatalog.fromWavFile(speaker.speak(p)), "DEMO: spoken prompt, file-backed microphone");
        }
        String source = config.microphone();
        if (source.startsWith("file:")) {
            Path file = Path.of(source.substring(5));
            return new MicrophoneRecorder(p -> MicrophoneCatalog.fromWavFile(file), source);
        }
        return new MicrophoneRecorder(p -> new MicrophoneCatalog(MixerSource.system()).openDefault(), source);
    }

    private static FingerprintReader scanner(WorkstationConfig config, List<AutoCloseable> closeables) {
        if (config.demo()) {
            PrintSource prints = demoPrints(config);
            if (config.scanner().isPresent() && PtyScannerEmulator.available()) {
                try {
                    closeables.add(PtyScannerEmulator.start(Path.of(config.scanner().get()), prints, config.scannerBaud()));
                    return new R30xFingerprintReader(config.scanner().get(), config.scannerBaud());
                } catch (CaptureException e) {
                    LOG.warn("demo scanner emulator not started ({}); the demo scans the generator directly", e.getMessage());
                }
            }
            return new SyntheticFingerprintReader(prints);
        }
        return new R30xFingerprintReader(config.scanner().orElseThrow(() ->
                new IllegalArgumentException("scanner.port is required for profile " + config.profileId())), config.scannerBaud());
    }

    /** The demo scanner's prints: the images put in the demo's scanner-prints folder, else a new synthetic finger per scan. */
    private static PrintSource demoPrints(WorkstationConfig config) {
        Path folder = io.enrollment.app.demo.DemoEnvironment.scannerPrints(config);
        if (Files.isDirectory(folder)) {
            try {
                return new FolderPrintSource(folder);
            } catch (IOException e) {
                LOG.warn("demo scanner: {}; it makes synthetic prints instead", e.getMessage());
            }
        }
        return new SyntheticPrintSource(20_260_521L, false);
    }

    public WorkstationConfig config() {
        return config;
    }

    public Profile profile() {
        return profile;
    }

    public Clock clock() {
        return clock;
    }

    public TokenSlot slot() {
        return slot;
    }

    public QueueStore queue() {
        return queue;
    }

    public RejectedCaptureVault vault() {
        return vault;
    }

    public CaptureDevices devices() {
        return devices;
    }

    public PackageSealer sealer() {
        return sealer;
    }

    public Optional<DemoCards> demoCards() {
        return demoCards;
    }

    /** The link to the central system, when transmission is configured (always in a demo). */
    public Optional<CentralLink> central() {
        return central;
    }

    /** The self-check, the incident register and the audit trail of this workstation. */
    public Records records() {
        return records;
    }

    /**
     * What the workstation records about itself: the audit trail, the incident register, the self-check (wired
     * over the same queue), the anchoring of the trail, the audit of deliveries, and the verifier of fresh
     * signatures.
     */
    public record Records(AuditTrail audit, IncidentRegister incidents, SelfCheckContext selfCheck, AuditAnchoring anchoring,
                          DeliveryAudit deliveries, CadesVerifier verifier, RunningWorkstation running) {
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) { // the edge: shutting down; one device that fails to close must not keep the others open
                LOG.warn("closing {}: {}", c, e.toString());
            }
        }
        central.ifPresent(CentralLink::close);
        queue.close();
        if (records != null) {
            records.audit().log().close();
            records.running().close();
        }
    }
}
