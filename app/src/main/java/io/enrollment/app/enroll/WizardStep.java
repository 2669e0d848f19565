package io.enrollment.app.enroll;

/** The steps of an enrollment, in order; a profile uses the capture steps of its modalities only. */
public enum WizardStep {
    SUBJECT, CONSENT, FACE, VOICE, FINGERS, REVIEW, RECEIPT;

    public String titleKey() {
        return "wizard.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
