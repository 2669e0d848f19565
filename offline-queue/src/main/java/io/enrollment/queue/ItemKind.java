package io.enrollment.queue;

/** What a queued item is: an enrollment package, or one of the events the central system must receive. */
public enum ItemKind {
    PACKAGE("packages"),
    /** A capture that failed quality control (R-QC-3). */
    QC_FAILURE("events"),
    /** The weekly self-check report (R-SELF-1). */
    SELF_CHECK("events"),
    /** A security incident (R-INC-1). */
    INCIDENT("events"),
    /** Consent withdrawn: the subject's data must not be used (R-GEN-3). */
    CONSENT_WITHDRAWAL("events");

    private final String resource;

    ItemKind(String resource) {
        this.resource = resource;
    }

    /** Path segment of the protocol ({@code packages} or {@code events}). */
    public String resource() {
        return resource;
    }

    public boolean isPackage() {
        return this == PACKAGE;
    }
}
