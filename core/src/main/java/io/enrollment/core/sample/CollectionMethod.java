package io.enrollment.core.sample;

/** How a sample was collected (R-QC-2 "collection method"; R-FACE-14 guided automatic capture). */
public enum CollectionMethod {
    /** Subject present; the software positioned and captured automatically. */
    IN_PERSON_GUIDED_AUTO,
    /** Subject present; the officer triggered the capture. */
    IN_PERSON_MANUAL,
    /** Remote capture (the 45 px inter-eye case of R-FACE-5). */
    REMOTE
}
