package io.enrollment.app.headless;

import io.enrollment.app.Logging;
import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.core.Modality;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.voice.VoicePromptGenerator;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.FaceQualityPipeline;
import io.enrollment.qc.voice.SpeechRecognizerSource;
import io.enrollment.qc.voice.VoiceChecker;
import io.enrollment.qc.voice.VoiceQualityControl;
import io.enrollment.queue.transmit.CentralChannel;
import io.enrollment.signing.OfficerSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code workstation demo --headless --enrollments N}: N complete enrollments on the demo devices through the
 * real pipeline (auto-capture and face QC, spoken prompts and voice QC or the scanner emulator and fingerprint
 * QC, the demo card's signature, sealing, the queue), delivered by the transmitter to the central system — the
 * demo's own simulator unless another is configured — and waited for until every receipt has been verified.
 * One line per enrollment, then a summary; exit 0 only when all N packages were delivered with verified receipts.
 */
public final class HeadlessDemo {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessDemo.class);

    private HeadlessDemo() {
    }

    /**
     * @param drainTimeout how long to wait, after the last enrollment, for the queue to deliver this run's items
     */
    public record Options(String profile, Path home, int enrollments, Duration drainTimeout) {
        public Options {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(home, "home");
            if (enrollments < 1) {
                throw new IllegalArgumentException("--enrollments must be at least 1");
            }
            if (drainTimeout.isNegative()) {
                throw new IllegalArgumentException("--timeout must not be negative");
            }
        }
    }

    /**
     * A configured central system instead of the demo's simulator.
     *
     * @param centralCertificate PEM of its certificate: packages are sealed to it, receipts verified with it
     */
    public record Central(CentralChannel channel, Path centralCertificate, String description) {
    }

    /** Runs the demo; returns the exit status (0 all delivered and verified, 1 otherwise, 2 cannot start). */
    public static int run(Options o, Optional<Central> configured, PrintStream out, PrintStream err) {
        DemoEnvironment demo = new DemoEnvironment(o.home());
        WorkstationConfig config;
        try {
            config = demo.prepare(o.profile());
        } catch (IOException | ConfigException | IllegalArgumentException e) {
            err.println("demo: cannot prepare the demo folder " + o.home() + ": " + e.getMessage());
            return CliCommand.USAGE;
        }
        Logging.start(config.logDir());
        char[] pin = DemoEnvironment.DEMO_PIN.toCharArray();
        long started = System.nanoTime();
        DemoRig.CentralOpener central = cards -> configured.isPresent()
                ? new ConfiguredCentral(configured.get().channel(), configured.get().centralCertificate(), configured.get().description())
                : OwnSimulator.start(config.dataDir().resolve("central-simulator"), cards.caFile());
        try (DemoRig rig = DemoRig.open(config, Clock.systemUTC(), pin, central)) {
            out.println("Headless demo: workstation " + config.workstationId() + " (profile " + o.profile() + "), "
                    + o.enrollments() + " enrollment(s), folder " + demo.home());
            out.println("devices: camera " + rig.camera.description() + "; microphone "
                    + rig.microphone.map(m -> m.description()).orElse("none") + "; scanner " + rig.scannerDescription());
            out.println("central: " + rig.central.description() + (configured.isPresent()
                    ? "; it must trust the demo officers' CA " + rig.cards.caFile() : ""));
            out.flush();
            return enrollAndDeliver(o, rig, pin, started, out);
        } catch (Exception e) { // the edge: the demo cannot start; say why
            LOG.error("the headless demo cannot start: {}", e.getMessage(), e);
            err.println("demo: cannot start: " + e.getMessage());
            return CliCommand.FAILED;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static int enrollAndDeliver(Options o, DemoRig rig, char[] pin, long started, PrintStream out) throws Exception {
        Profile profile = rig.profile;
        List<EnrollmentReport> reports = new ArrayList<>();
        long firstEnrollment;
        try (OfficerSession operator = rig.slot.login(pin);
             FaceQualityPipeline pipeline = new FaceQualityPipeline()) {
            rig.audit.login(operator.officer(), operator.tokenDescription());
            FaceAutoCapture face = new FaceAutoCapture(rig.camera, pipeline, FaceQualityParameters.from(profile, false),
                    profile, attempts(profile, "face"));
            Optional<VoiceCapture> voice = profile.requires(Modality.VOICE)
                    ? Optional.of(new VoiceCapture(rig.microphone.orElseThrow(), voiceQc(profile), VoicePromptGenerator.forProfile(profile),
                    attempts(profile, "voice"))) : Optional.empty();
            Optional<FingerCapture> fingers = profile.requires(Modality.FINGERPRINT)
                    ? Optional.of(new FingerCapture(rig.scanner.orElseThrow(), profile)) : Optional.empty();
            HeadlessEnrollment enrollment = new HeadlessEnrollment(rig, face, voice, fingers, operator, pin);
            firstEnrollment = System.nanoTime();
            for (int i = 1; i <= o.enrollments(); i++) {
                EnrollmentReport r = enrollment.run(i, o.enrollments());
                reports.add(r);
                out.println(r.line());
                out.flush();
                LOG.info("headless enrollment {}/{} {}: {}", i, o.enrollments(), r.id(), r.queued() ? "queued" : "not queued");
            }
            rig.audit.logout(operator.officer(), "headless-demo-done");
        }
        long enrolled = System.nanoTime();
        List<UUID> packages = reports.stream().filter(EnrollmentReport::queued).map(EnrollmentReport::id).toList();
        List<UUID> items = new ArrayList<>(packages);
        reports.forEach(r -> items.addAll(r.events()));
        out.println("waiting for the central system to confirm " + packages.size() + " package(s) and "
                + (items.size() - packages.size()) + " event(s) (timeout " + o.drainTimeout().toSeconds() + " s)...");
        out.flush();
        DeliveryWatch watch = new DeliveryWatch(rig.queue, DemoCards.certificates(rig.central.centralCertificate()).get(0));
        Map<UUID, DeliveryWatch.Outcome> outcomes = watch.await(items, o.drainTimeout());
        long drained = System.nanoTime();
        rig.deliveries.poll(); // the deliveries and payload purges into the audit trail, as the GUI's timer does
        for (EnrollmentReport r : reports) {
            if (r.queued() && !outcomes.get(r.id()).verified()) {
                out.println("not delivered: enrollment " + r.index() + " id=" + r.id() + " " + outcomes.get(r.id()).describe());
            }
        }
        long verified = packages.stream().filter(id -> outcomes.get(id).verified()).count();
        long delivered = packages.stream().filter(id -> outcomes.get(id).delivered()).count();
        long eventsDelivered = items.stream().skip(packages.size()).filter(id -> outcomes.get(id).delivered()).count();
        Summary s = new Summary(o.enrollments(), packages.size(), delivered, verified, items.size() - packages.size(), eventsDelivered,
                Duration.ofNanos(firstEnrollment - started), Duration.ofNanos(enrolled - firstEnrollment),
                Duration.ofNanos(drained - enrolled), reports.stream().mapToLong(r -> r.took().toMillis()).average().orElse(0));
        out.println(s.line());
        rig.central.counts().ifPresent(c -> out.println("central simulator counts: " + c));
        out.flush();
        LOG.info("headless demo: {}", s.line());
        return s.allDelivered() ? CliCommand.OK : CliCommand.FAILED;
    }

    /** The run's totals and timings. */
    private record Summary(int asked, int enrolled, long delivered, long verified, int events, long eventsDelivered,
                           Duration setUp, Duration enrolling, Duration waiting, double meanEnrollmentMillis) {
        boolean allDelivered() {
            return enrolled == asked && verified == asked;
        }

        /** Delivered enrollments per minute, from the first enrollment's start to the last receipt (set-up excluded). */
        double rate() {
            long millis = enrolling.plus(waiting).toMillis();
            return millis == 0 ? 0 : verified * 60_000.0 / millis;
        }

        String line() {
            return String.format(Locale.ROOT, "summary: enrolled %d/%d, delivered %d, receipts verified %d, failed %d "
                            + "(not enrolled %d, not delivered %d); rejected-capture events %d (delivered %d); "
                            + "%.1f s per enrollment; set-up %.1f s, enrolling %.1f s, waiting for receipts %.1f s; "
                            + "rate %.2f delivered enrollments/min; %s",
                    enrolled, asked, delivered, verified, asked - verified, asked - enrolled, enrolled - verified, events,
                    eventsDelivered, meanEnrollmentMillis / 1000.0, seconds(setUp), seconds(enrolling), seconds(waiting), rate(),
                    allDelivered() ? "OK" : "FAILED");
        }

        private static double seconds(Duration d) {
            return d.toMillis() / 1000.0;
        }
    }

    /** Attempts per capture before it is recorded as rejected (profile setting {@code <modality>.attempts}, default 3). */
    private static int attempts(Profile profile, String modality) {
        String v = profile.setting(modality + ".attempts", "3");
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(modality + ".attempts must be a whole number, was '" + v + "'", e);
        }
    }

    /** Voice QC as the GUI wires it: the speech model named by the environment, or none (R-VOICE-8/11 then NOT_VERIFIED). */
    private static VoiceQualityControl voiceQc(Profile profile) {
        return new VoiceQualityControl(profile, Optional.ofNullable(System.getenv(VoiceChecker.MODEL_VARIABLE))
                .filter(s -> !s.isBlank()).map(Path::of).map(SpeechRecognizerSource::vosk)
                .orElse(SpeechRecognizerSource.none("no Russian speech model is configured (" + VoiceChecker.MODEL_VARIABLE + ")")));
    }
}
