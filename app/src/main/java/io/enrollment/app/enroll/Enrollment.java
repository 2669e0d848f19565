package io.enrollment.app.enroll;

import io.enrollment.core.Attestation;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.VoiceSample;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one enrollment has collected so far. Nothing is written anywhere until the package is signed and
 * queued; {@link #discard()} drops everything at once (cancel, card removal, idle lock).
 */
public final class Enrollment {
    private final UUID id = UUID.randomUUID();
    private Subject subject;
    private Consent consent;
    private FaceSample face;
    private VoiceSample voice;
    private final List<FingerprintSample> fingerprints = new ArrayList<>();
    private final List<Attestation> attestations = new ArrayList<>();
    private boolean discarded;

    public UUID id() {
        return id;
    }

    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }

    public void subject(Subject s) {
        requireOpen();
        this.subject = s;
    }

    public Optional<Consent> consent() {
        return Optional.ofNullable(consent);
    }

    public void consent(Consent c) {
        requireOpen();
        this.consent = c;
    }

    /** True once consent is recorded: no capture may start before (R-GEN-2). */
    public boolean mayCapture() {
        return !discarded && subject != null && consent != null && consent.isActive();
    }

    public Optional<FaceSample> face() {
        return Optional.ofNullable(face);
    }

    public void face(FaceSample f, List<Attestation> confirmations) {
        requireCapture();
        this.face = f;
        attestations.removeIf(a -> a.requirementId().startsWith("R-FACE-"));
        attestations.addAll(confirmations);
    }

    public Optional<VoiceSample> voice() {
        return Optional.ofNullable(voice);
    }

    public void voice(VoiceSample v, List<Attestation> confirmations) {
        requireCapture();
        this.voice = v;
        attestations.removeIf(a -> a.requirementId().startsWith("R-VOICE-"));
        attestations.addAll(confirmations);
    }

    public List<FingerprintSample> fingerprints() {
        return List.copyOf(fingerprints);
    }

    public void fingerprints(List<FingerprintSample> prints, List<Attestation> exceptions) {
        requireCapture();
        fingerprints.clear();
        fingerprints.addAll(prints);
        attestations.removeIf(a -> a.requirementId().startsWith("R-FP-"));
        attestations.addAll(exceptions);
    }

    public List<Attestation> attestations() {
        return List.copyOf(attestations);
    }

    public boolean discarded() {
        return discarded;
    }

    /** Drops every piece of collected data; this enrollment can no longer be used. */
    public void discard() {
        subject = null;
        consent = null;
        face = null;
        voice = null;
        fingerprints.clear();
        attestations.clear();
        discarded = true;
    }

    private void requireOpen() {
        if (discarded) {
            throw new IllegalStateException("this enrollment was discarded");
        }
    }

    private void requireCapture() {
        if (!mayCapture()) {
            throw new IllegalStateException("no capture before the subject is identified and has consented (R-GEN-2)");
        }
    }
}
