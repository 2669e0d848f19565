package io.enrollment.core.audit;

/** What an audit record says happened (R-KG-2: unauthorised retrieval must be detectable). */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    CAPTURE_ACCEPTED,
    CAPTURE_REJECTED,
    OVERRIDE,
    SIGNATURE,
    TRANSMISSION,
    PURGE,
    REVIEW,
    SETTINGS_CHANGE,
    /** An action refused for lack of a role, or a locked-screen bypass attempt. */
    ACCESS_DENIED,
    SELF_CHECK,
    INCIDENT,
    /** A signed anchor over the chain head: the chain up to here cannot be rewritten unnoticed. */
    ANCHOR
}
