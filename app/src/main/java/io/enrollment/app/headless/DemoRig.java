package io.enrollment.app.headless;

import io.enrollment.app.capture.CaptureException;
import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.app.capture.MicrophoneRecorder;
import io.enrollment.app.capture.PtyScannerEmulator;
import io.enrollment.app.capture.R30xFingerprintReader;
import io.enrollment.app.capture.SpokenPrompts;
import io.enrollment.app.capture.SyntheticFingerprintReader;
import io.enrollment.app.capture.VoiceRecorder;
import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.incident.IncidentReporter;
import io.enrollment.app.queue.DeliveryAudit;
import io.enrollment.app.review.RejectedCaptureVault;
import io.enrollment.app.selfcheck.RunningWorkstation;
import io.enrollment.app.session.SoftwareTokenSlot;
import io.enrollment.core.Modality;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.devices.audio.MicrophoneCatalog;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.ProgressListener;
import io.enrollment.queue.transmit.Transmitter;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareToken;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workstation's capabilities wired for a run without a screen, from the demo configuration as the GUI
 * wires them: the folder's running-workstation mark, the audit trail and the incident register (security events,
 * queue incidents), the demo card in its reader, the queue, the rejected-capture vault, sealing to the central
 * system, the background transmitter, and the demo devices (file camera, speaking file-backed microphone, scanner emulator on a socat
 * pty pair read through the R30x driver, or the generator itself when socat is missing). Nothing here touches
 * JavaFX.
 */
final class DemoRig implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRig.class);
    /** Where the demo's synthetic fingers come from; the GUI demo uses the same seed. */
    private static final long PRINT_SEED = 20_260_521L;

    final WorkstationConfig config;
    final Profile profile;
    final Clock clock;
    final DemoCards cards;
    final SoftwareTokenSlot slot;
    final QueueStore queue;
    final RejectedCaptureVault vault;
    final PackageSealer sealer;
    final CentralTarget central;
    final Transmitter transmitter;
    final CameraFrames camera;
    final AuditTrail audit;
    final IncidentRegister incidents;
    final CadesVerifier verifier;
    final DeliveryAudit deliveries;
    final Optional<VoiceRecorder> microphone;
    final Optional<FingerprintReader> scanner;
    private final List<AutoCloseable> closeables;

    private DemoRig(WorkstationConfig config, Clock clock, DemoCards cards, SoftwareTokenSlot slot, QueueStore queue,
                    RejectedCaptureVault vault, PackageSealer sealer, CentralTarget central, Transmitter transmitter,
                    CameraFrames camera, Records records, Optional<VoiceRecorder> microphone, Optional<FingerprintReader> scanner,
                    List<AutoCloseable> closeables) {
        this.config = config;
        this.profile = ProfileLoader.builtIn(config.profileId());
        this.clock = clock;
        this.cards = cards;
        this.slot = slot;
        this.queue = queue;
        this.vault = vault;
        this.sealer = sealer;
        this.central = central;
        this.transmitter = transmitter;
        this.camera = camera;
        this.audit = records.audit();
        this.incidents = records.incidents();
        this.verifier = records.verifier();
        this.deliveries = records.deliveries();
        this.microphone = microphone;
        this.scanner = scanner;
        this.closeables = closeables;
    }

    /** The audit trail, the incident register, the verifier of fresh signatures and the audit of deliveries. */
    private record Records(AuditTrail audit, IncidentRegister incidents, CadesVerifier verifier, DeliveryAudit deliveries) {
    }

    /** Opens the central target once the demo cards exist (a simulator must trust their CA). */
    @FunctionalInterface
    interface CentralOpener {
        CentralTarget open(DemoCards cards) throws Exception;
    }

    /**
     * Wires everything and starts the transmitter.
     *
     * @throws Exception when a part cannot be set up; the message names it
     */
    static DemoRig open(WorkstationConfig config, Clock clock, char[] pin, CentralOpener centralOpener) throws Exception {
        List<AutoCloseable> opened = new ArrayList<>();
        boolean wired = false;
        try {
            // One workstation process per data folder: a GUI demo on the same folder refuses to start, and so do we.
            opened.add(RunningWorkstation.acquire(config.dataDir()));
            Profile profile = ProfileLoader.builtIn(config.profileId());
            AuditLog auditLog = AuditLog.open(config.dataDir().resolve("audit"), clock);
            opened.add(auditLog);
            IncidentRegister incidents = IncidentRegister.open(config.dataDir().resolve("incidents"),
                    WorkingCalendar.of(profile, config.zone()), clock, auditLog, IncidentReporter.NONE);
            AuditTrail audit = new AuditTrail(auditLog);
            Path slotFile = Path.of(config.softwareToken());
            DemoCards cards = DemoCards.prepare(slotFile.getParent(), slotFile, pin, clock);
            cards.insert(DemoCards.Card.OPERATOR);
            CentralTarget central = centralOpener.open(cards);
            opened.add(central);
            var supervisors = DemoCards.certificates(cards.supervisorsFile());
            LoginGuard guard = LoginGuard.standard(incidents, clock);
            CertificateValidator validator = new CertificateValidator(DemoCards.certificates(cards.caFile()));
            SoftwareTokenSlot slot = new SoftwareTokenSlot(slotFile, new SoftwareToken(slotFile, validator,
                    RolePolicy.supervisors(cards.supervisorSerials()), guard), guard);
            QueueStore queue = QueueStore.open(config.dataDir().resolve("queue"), clock, incidents);
            opened.add(queue);
            RejectedCaptureVault vault = new RejectedCaptureVault(config.dataDir().resolve("rejected"), supervisors, clock,
                    config.officers().rejectedRetention(),
                    detail -> incidents.record(IncidentType.SIGNATURE_INVALID, "rejected-captures",
                        io.enrollment.core.selfcheck.Finding.of("incident.rejectedCapture", detail)));
            Records records = new Records(audit, incidents, new CadesVerifier(validator), new DeliveryAudit(queue, audit));
            PackageSealer sealer = new PackageSealer(new CadesSigner(config.place(), clock, Optional.empty()), new EnvelopeSealer(),
                    DemoCards.certificates(central.centralCertificate()));
            Optional<VoiceRecorder> microphone = profile.requires(Modality.VOICE)
                    ? Optional.of(speakingMicrophone(config)) : Optional.empty();
            Optional<FingerprintReader> scanner = profile.requires(Modality.FINGERPRINT)
                    ? Optional.of(scanner(config, opened)) : Optional.empty();
            CameraFrames camera = new CameraFrames(config.camera());
            opened.add(camera);
            Transmitter transmitter = new Transmitter(queue, central.channel(), Backoff.standard(), clock, incidents,
                    ProgressListener.NONE);
            transmitter.start();
            opened.add(transmitter);
            DemoRig rig = new DemoRig(config, clock, cards, slot, queue, vault, sealer, central, transmitter, camera, records,
                    microphone, scanner, opened);
            wired = true;
            return rig;
        } finally {
            if (!wired) { // release what was opened (a started simulator would keep the process alive), errors included
                closeAll(reversed(opened));
            }
        }
    }

    /** The demo's "person": espeak-ng reads the prompt, played through the file-backed microphone in real time. */
    private static VoiceRecorder speakingMicrophone(WorkstationConfig config) {
        SpokenPrompts speaker = new SpokenPrompts(config.dataDir().resolve("demo-speech"));
        return new MicrophoneRecorder(p -> MicrophoneCatalog.fromWavFile(speaker.speak(p)), "DEMO: spoken prompt, file-backed microphone");
    }

    /** The scanner emulator on a socat pty pair, read through the R30x driver; the generator itself without socat. */
    private static FingerprintReader scanner(WorkstationConfig config, List<AutoCloseable> opened) {
        SyntheticPrintSource prints = new SyntheticPrintSource(PRINT_SEED, false);
        if (config.scanner().isPresent() && PtyScannerEmulator.available()) {
            try {
                opened.add(PtyScannerEmulator.start(Path.of(config.scanner().get()), prints, config.scannerBaud()));
                return new R30xFingerprintReader(config.scanner().get(), config.scannerBaud());
            } catch (CaptureException e) {
                LOG.warn("demo scanner emulator not started ({}); scanning the generator directly", e.getMessage());
            }
        }
        return new SyntheticFingerprintReader(prints);
    }

    /** Which scanner the run reads, for the output. */
    String scannerDescription() {
        return scanner.map(FingerprintReader::description).orElse("none");
    }

    /** Something was queued: send now. */
    void wake() {
        transmitter.wake();
    }

    @Override
    public void close() {
        // Reverse order: the transmitter stops before the queue and the central system it uses.
        closeAll(reversed(closeables));
    }

    private static List<AutoCloseable> reversed(List<AutoCloseable> items) {
        List<AutoCloseable> r = new ArrayList<>(items);
        Collections.reverse(r);
        return r;
    }

    private static void closeAll(List<AutoCloseable> items) {
        for (AutoCloseable c : items) {
            try {
                c.close();
            } catch (Exception e) { // the edge: shutting down; one part that fails to close must not keep the others open
                LOG.warn("closing {}: {}", c, e.toString());
            }
        }
    }
}
