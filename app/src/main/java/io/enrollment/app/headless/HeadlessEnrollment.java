package io.enrollment.app.headless;

import io.enrollment.app.enroll.PackageSubmitter;
import io.enrollment.app.enroll.RejectionRecorder;
import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.Sample;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.Subject;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.fingerprint.capture.CapturedPrint;
import io.enrollment.signing.OfficerSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One enrollment as the wizard makes it, without a screen: the demo person identified and their consent
 * recorded (R-GEN-2), then each of the profile's captures through its real device and quality control; a capture
 * that fails every attempt is recorded as rejected (R-QC-3) and ends the enrollment without a package; otherwise
 * the package is assembled, signed with the demo card (the PIN given again, as at the review step), sealed to the
 * central system and queued.
 */
final class HeadlessEnrollment {
    private final DemoRig rig;
    private final FaceAutoCapture face;
    private final Optional<VoiceCapture> voice;
    private final Optional<FingerCapture> fingers;
    private final RejectionRecorder rejections;
    private final PackageSubmitter submitter;
    private final OfficerSession operator;
    private final char[] pin;

    HeadlessEnrollment(DemoRig rig, FaceAutoCapture face, Optional<VoiceCapture> voice, Optional<FingerCapture> fingers,
                       OfficerSession operator, char[] pin) {
        this.rig = rig;
        this.face = face;
        this.voice = voice;
        this.fingers = fingers;
        this.rejections = new RejectionRecorder(rig.vault, rig.queue, rig.sealer, rig.clock, rig.audit, rig::wake);
        this.submitter = new PackageSubmitter(rig.sealer, rig.queue, rig.verifier, rig.incidents, rig.audit, rig::wake);
        this.operator = operator;
        this.pin = pin.clone();
    }

    /** Enrolls demo person {@code index} of {@code of}; never throws for a failed step, the report says what failed. */
    EnrollmentReport run(int index, int of) {
        long start = System.nanoTime();
        UUID id = UUID.randomUUID();
        String profileId = rig.profile.id();
        Subject subject = DemoSubjects.subject(profileId, index);
        Consent consent = Consent.given(rig.profile.consentTextVersion(), rig.clock.instant(), operator.officer().subjectDn());
        List<String> steps = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        List<Attestation> attestations = new ArrayList<>();
        List<UUID> events = new ArrayList<>();
        String officerId = operator.officer().id();
        Optional<String> failure;
        try {
            rig.audit.consent(operator.officer(), id, consent.textVersion());
            failure = capture(id, steps, samples, attestations, events, officerId);
            if (failure.isEmpty()) {
                EnrollmentPackage pkg = EnrollmentPackage.assemble(id, rig.profile, rig.config.workstationId(), subject, consent,
                        operator.officer(), samples, attestations, rig.clock.instant(), rig.config.zone());
                PackageSubmitter.Submitted submitted;
                long t = System.nanoTime();
                char[] typed = pin.clone();
                try (OfficerSession signer = rig.slot.login(typed)) {
                    submitted = submitter.submit(signer, pkg);
                } finally {
                    Arrays.fill(typed, '\0');
                }
                steps.add(timed("package=signed+sealed(" + samples.size() + " samples)", t));
                return report(index, of, id, steps, attestations, events, Optional.of(submitted.item().size()), Optional.empty(), start);
            }
        } catch (Exception e) { // the edge of one enrollment: a device, signing or queue failure ends it, the run goes on
            failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return report(index, of, id, steps, attestations, events, Optional.empty(), failure, start);
    }

    private Optional<String> capture(UUID id, List<String> steps, List<Sample> samples, List<Attestation> attestations,
                                     List<UUID> events, String officerId) throws Exception {
        long t = System.nanoTime();
        FaceAutoCapture.Result f = face.capture(metadata(FaceAutoCapture.method()));
        steps.add(timed("face=" + faceSummary(f), t));
        if (!f.passed()) {
            events.add(reject(Modality.FACE, f.lastReport(), f.rejectedJpeg(), "image/jpeg"));
            return Optional.of("face rejected after " + f.attempt() + " attempts");
        }
        accepted(id, List.of(f.sample().get()), ScriptConfirmations.unverified(f.lastReport(), officerId, rig.clock.instant()),
                samples, attestations);
        if (voice.isPresent()) {
            t = System.nanoTime();
            VoiceCapture.Result v = voice.get().capture(metadata(CollectionMethod.IN_PERSON_MANUAL));
            steps.add(timed("voice=" + verdict(v.lastReport()) + "(take " + v.takes() + "/" + voice.get().attempts()
                    + (v.passed() ? "" : "; " + firstFailure(v.lastReport())) + ")", t));
            if (!v.passed()) {
                events.add(reject(Modality.VOICE, v.lastReport(), v.lastWav(), "audio/wav"));
                return Optional.of("voice rejected after " + v.takes() + " takes");
            }
            accepted(id, List.of(v.sample().get()), ScriptConfirmations.unverified(v.lastReport(), officerId, rig.clock.instant()),
                    samples, attestations);
        }
        if (fingers.isPresent()) {
            t = System.nanoTime();
            FingerCapture.Result r = fingers.get().capture(officerId, metadata(CollectionMethod.IN_PERSON_MANUAL));
            for (CapturedPrint best : r.exhausted()) {
                events.add(reject(Modality.FINGERPRINT, best.report(), best.png(), "image/png"));
            }
            steps.add(timed("fingers=" + (r.passed() ? "PASS" : "FAIL") + "(" + r.samples().size() + " accepted, " + r.missing().size()
                    + " missing, " + r.scans() + " scans, " + r.retries() + " retries, " + r.duplicates() + " duplicates refused)", t));
            if (!r.passed()) {
                return r.failure();
            }
            accepted(id, r.samples(), ScriptConfirmations.missingFingers(r.missing(), rig.clock.instant()), samples, attestations);
        }
        return Optional.empty();
    }

    /** A step completed: its samples and confirmations join the package and the audit trail, as the wizard records them. */
    private void accepted(UUID id, List<? extends Sample> accepted, List<Attestation> confirmations, List<Sample> samples,
                          List<Attestation> attestations) {
        for (Sample s : accepted) {
            String position = s instanceof FingerprintSample f ? f.position().name() : "";
            rig.audit.captureAccepted(operator.officer(), id, s.modality(), position, s.quality());
            samples.add(s);
        }
        for (Attestation a : confirmations) {
            rig.audit.override(operator.officer(), id, a);
            attestations.add(a);
        }
    }

    private UUID reject(Modality modality, QualityReport report, byte[] sample, String mediaType) throws Exception {
        return rejections.record(operator, modality, report, sample, mediaType).id();
    }

    /** The step's summary with how long it took, inside its parentheses: {@code face=PASS(…, 0.6s)}. */
    private static String timed(String summary, long startNanos) {
        return summary.substring(0, summary.length() - 1)
                + String.format(Locale.ROOT, ", %.1fs)", (System.nanoTime() - startNanos) / 1e9);
    }

    private Function<List<DeviceInfo>, CaptureMetadata> metadata(CollectionMethod method) {
        return devices -> new CaptureMetadata(rig.clock.instant(), rig.config.zone(), rig.config.place(), devices, method);
    }

    private String faceSummary(FaceAutoCapture.Result f) {
        Map<GuidanceMessage, Long> guided = f.guidance().stream()
                .collect(Collectors.groupingBy(g -> g, LinkedHashMap::new, Collectors.counting()));
        String guidance = guided.isEmpty() ? "" : "; guided " + guided.entrySet().stream()
                .map(e -> e.getKey() + "x" + e.getValue()).collect(Collectors.joining(","));
        return verdict(f.lastReport()) + "(attempt " + f.attempt() + "/" + face.attempts() + ", "
                + f.frames() + (f.frames() == 1 ? " frame" : " frames") + guidance + (f.passed() ? "" : "; " + firstFailure(f.lastReport())) + ")";
    }

    private static String verdict(QualityReport r) {
        return r == null ? "NONE" : r.verdict().name();
    }

    /** The first failing rule with its measured value and threshold, as the GUI's tooltip shows it. */
    private static String firstFailure(QualityReport r) {
        if (r == null) {
            return "no frame judged";
        }
        return r.firstFailure().map(HeadlessEnrollment::rule).orElse("no failing rule");
    }

    private static String rule(CheckResult c) {
        return String.format(Locale.ROOT, "%s %s=%.4g%s, needs %s %.4g", c.id(), c.name(), c.measured(), c.unit(),
                c.comparison().symbol(), c.threshold());
    }

    private EnrollmentReport report(int index, int of, UUID id, List<String> steps, List<Attestation> attestations,
                                    List<UUID> events, Optional<Long> queued, Optional<String> failure, long start) {
        List<String> confirmed = attestations.stream().map(Attestation::requirementId).distinct().toList();
        return new EnrollmentReport(index, of, id, DemoSubjects.label(rig.profile.id(), index), steps, confirmed, events, queued,
                failure, Duration.ofNanos(System.nanoTime() - start));
    }
}
