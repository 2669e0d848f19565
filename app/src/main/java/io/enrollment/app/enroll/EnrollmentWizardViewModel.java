package io.enrollment.app.enroll;

import io.enrollment.core.Modality;
import io.enrollment.core.voice.VoicePromptGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One enrollment from subject to receipt. Each step must be complete before the next opens; no capture
 * before consent; cancel (after a confirmation) or a lock discards everything collected at once.
 */
public final class EnrollmentWizardViewModel {
    private final EnrollmentServices services;
    private final Enrollment enrollment = new Enrollment();
    private final List<WizardStep> steps = new ArrayList<>();
    private final Runnable onClose;
    private final SubjectStepViewModel subject;
    private final ConsentStepViewModel consent;
    private final FaceStepViewModel face;
    private final VoiceStepViewModel voice;
    private final FingerStepViewModel fingers;
    private final ReviewStepViewModel review;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.SUBJECT);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PackageSubmitter.Submitted> receipt = new ReadOnlyObjectWrapper<>();
    private final EnrollmentAudit audit;

    public EnrollmentWizardViewModel(EnrollmentServices services, Runnable onClose) {
        this.services = services;
        this.onClose = onClose;
        var profile = services.profile();
        steps.addAll(List.of(WizardStep.SUBJECT, WizardStep.CONSENT, WizardStep.FACE));
        if (profile.requires(Modality.VOICE)) {
            steps.add(WizardStep.VOICE);
        }
        if (profile.requires(Modality.FINGERPRINT)) {
            steps.add(WizardStep.FINGERS);
        }
        steps.addAll(List.of(WizardStep.REVIEW, WizardStep.RECEIPT));
        subject = new SubjectStepViewModel(services.messages(), profile.id(), LocalDate.now(services.clock().withZone(services.zone())));
        consent = new ConsentStepViewModel(services.messages(), profile, services.clock());
        face = new FaceStepViewModel(services, enrollment);
        voice = profile.requires(Modality.VOICE)
                ? new VoiceStepViewModel(services, enrollment, VoicePromptGenerator.forProfile(profile)) : null;
        fingers = profile.requires(Modality.FINGERPRINT) ? new FingerStepViewModel(services, enrollment) : null;
        review = new ReviewStepViewModel(services, enrollment, this::submitted);
        audit = new EnrollmentAudit(services.audit(), enrollment, () -> services.sessions().officer());
        showProgress();
    }

    public List<WizardStep> steps() {
        return List.copyOf(steps);
    }

    /** Goes on when the current step is complete; otherwise says what is missing. */
    public void next() {
        WizardStep s = step.get();
        boolean ok;
        switch (s) {
            case SUBJECT -> ok = subject.commit(enrollment);
            case CONSENT -> ok = consent.commit(enrollment, services.sessions().officer().subjectDn());
            case FACE -> ok = face.complete();
            case VOICE -> ok = voice.complete() || voice.accept();
            case FINGERS -> ok = fingers.completeProperty().get();
            default -> ok = false;
        }
        if (!ok) {
            blocked.set(s == WizardStep.SUBJECT || s == WizardStep.CONSENT ? ""
                    : services.messages().get("wizard.blocked." + s.name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        blocked.set("");
        audit.stepCompleted(s);
        go(steps.get(steps.indexOf(s) + 1));
    }

    /** Back one step (never from the receipt, never into a finished package). */
    public void back() {
        int i = steps.indexOf(step.get());
        if (i > 0 && step.get() != WizardStep.RECEIPT) {
            blocked.set("");
            go(steps.get(i - 1));
        }
    }

    private void go(WizardStep s) {
        step.set(s);
        showProgress();
        if (s == WizardStep.FINGERS) {
            fingers.start();
        }
    }

    private void submitted(PackageSubmitter.Submitted s) {
        receipt.set(s);
        go(WizardStep.RECEIPT);
    }

    /** Asks, then discards everything collected and closes the wizard. */
    public void cancel() {
        if (step.get() == WizardStep.RECEIPT) {
            finish();
            return;
        }
        if (services.dialogs().confirm(services.messages().get("wizard.cancel.title"), services.messages().get("wizard.cancel.question"))) {
            discard();
        }
    }

    /** Discards at once, without asking (card removed, idle lock). */
    public void discard() {
        enrollment.discard();
        onClose.run();
    }

    /** Closes after the receipt. */
    public void finish() {
        onClose.run();
    }

    private void showProgress() {
        progress.set(services.messages().get("wizard.progress", steps.indexOf(step.get()) + 1, steps.size(),
                services.messages().get(step.get().titleKey())));
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public SubjectStepViewModel subject() {
        return subject;
    }

    public ConsentStepViewModel consent() {
        return consent;
    }

    public FaceStepViewModel face() {
        return face;
    }

    public Optional<VoiceStepViewModel> voice() {
        return Optional.ofNullable(voice);
    }

    public Optional<FingerStepViewModel> fingers() {
        return Optional.ofNullable(fingers);
    }

    public ReviewStepViewModel review() {
        return review;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PackageSubmitter.Submitted> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public EnrollmentServices services() {
        return services;
    }
}
