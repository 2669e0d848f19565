package io.enrollment.core.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a caller appends to the audit trail: who did what to which object, with which outcome. Never any
 * biometric data: fields are short texts, and a field that looks like an encoded binary payload (a long
 * base64 or hex run) is refused.
 *
 * @param action  what happened
 * @param actor   who: the officer's certificate subject or serial, {@code system}, or {@code unknown}
 * @param target  what it concerns: a package or event id, a setting key, a device; empty if none
 * @param outcome {@code ok}, {@code refused}, {@code failed} or a short word of the caller's
 * @param note    a short free text (at most {@value #MAX_NOTE} characters)
 */
public record AuditEntry(AuditAction action, String actor, String target, String outcome, String note) {
    public static final int MAX_NOTE = 500;
    private static final int MAX_SHORT = 200;
    /** A run this long of base64 alphabet characters is a binary payload, not a description. */
    private static final Pattern ENCODED_PAYLOAD = Pattern.compile("[A-Za-z0-9+/=_-]{120,}");

    /**
     * @throws IllegalArgumentException naming the field when it is too long or carries an encoded payload
     */
    public AuditEntry {
        Objects.requireNonNull(action, "action");
        actor = check("actor", actor, MAX_SHORT);
        target = check("target", target, MAX_SHORT);
        outcome = check("outcome", outcome, MAX_SHORT);
        note = check("note", note, MAX_NOTE);
    }

    private static String check(String field, String value, int max) {
        String v = value == null ? "" : value;
        if (v.length() > max) {
            throw new IllegalArgumentException("audit " + field + " is " + v.length() + " characters, at most " + max);
        }
        if (ENCODED_PAYLOAD.matcher(v).find()) {
            throw new IllegalArgumentException("audit " + field
                    + " holds what looks like an encoded binary payload; the audit trail never stores sample data");
        }
        return v;
    }
}
