package io.enrollment.app.audit;

import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.Officer;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the workstation's screens and services record in the audit trail (R-KG-2), one method per kind of
 * event, so that every record of a kind has the same shape: who ({@link #actor(Officer)}: the certificate
 * subject), what (an id: enrollment, package, rejected capture, queue item, setting, screen), the outcome and a
 * short note. Only ids, rule ids, modalities and outcomes — never a sample, a name from a document, or a PIN.
 */
public final class AuditTrail {
    private final AuditLog log;
    private final List<Consumer<AuditRecord>> listeners = new CopyOnWriteArrayList<>();

    public AuditTrail(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The trail underneath (verification, anchors). */
    public AuditLog log() {
        return log;
    }

    /** Told after each record written here (periodic anchoring). */
    public void addListener(Consumer<AuditRecord> listener) {
        listeners.add(listener);
    }

    /** How an officer appears in the trail: the certificate subject (at most 200 characters). */
    public static String actor(Officer o) {
        return cut(o.subjectDn(), 200);
    }

    public AuditRecord login(Officer o, String token) {
        return write(AuditAction.LOGIN, actor(o), token, "ok", "role " + o.role() + ", certificate serial " + o.serialHex());
    }

    /** A login refused for another reason than a wrong PIN (those come from the signing module's events). */
    public AuditRecord loginRefused(String token, String reason) {
        return write(AuditAction.LOGIN_FAILED, "unknown", token, "refused", reason);
    }

    /** The session ended: {@code how} is logged-out, idle or card-removed. */
    public AuditRecord logout(Officer o, String how) {
        return write(AuditAction.LOGOUT, actor(o), "", how, "");
    }

    public AuditRecord consent(Officer o, UUID enrollment, String textVersion) {
        return write(AuditAction.CONSENT_RECORDED, actor(o), "enrollment " + enrollment, "given", "consent text " + textVersion);
    }

    /** A capture kept for the package: the rules it passed and those the operator confirmed by eye. */
    public AuditRecord captureAccepted(Officer o, UUID enrollment, Modality modality, String position, QualityReport report) {
        return write(AuditAction.CAPTURE_ACCEPTED, actor(o), "enrollment " + enrollment, "accepted",
                modality.code() + (position.isEmpty() ? "" : " " + position) + "; passed " + rules(report.checks(), Verdict.PASS)
                        + "; confirmed by the operator " + rules(report.checks(), Verdict.NOT_VERIFIED));
    }

    /** A capture that failed quality control after the retries, kept sealed for the supervisors. */
    public AuditRecord captureRejected(Officer o, UUID rejection, Modality modality, Collection<String> failingRules) {
        return write(AuditAction.CAPTURE_REJECTED, actor(o), "rejected capture " + rejection, "rejected",
                modality.code() + "; failed " + join(failingRules) + "; sample sealed to the supervisors, event queued");
    }

    /** The operator's confirmation or exception in place of an automatic check (an {@link Attestation}). */
    public AuditRecord override(Officer o, UUID enrollment, Attestation a) {
        return write(AuditAction.OVERRIDE, actor(o), "enrollment " + enrollment, a.requirementId(), a.statement());
    }

    public AuditRecord signature(Officer o, UUID pkg, String outcome, String note) {
        return write(AuditAction.SIGNATURE, actor(o), "package " + pkg, outcome, note);
    }

    /** A package or event put into the queue for the central system. */
    public AuditRecord queued(String actor, UUID item, String kind) {
        return write(AuditAction.TRANSMISSION, actor, kind.toLowerCase(java.util.Locale.ROOT) + " " + item, "queued", "");
    }

    /** The central system confirmed receipt (its signed receipt verified). */
    public AuditRecord delivered(UUID item, String kind, Instant receivedAt, String receiptDigest) {
        return write(AuditAction.TRANSMISSION, "system", kind.toLowerCase(java.util.Locale.ROOT) + " " + item, "delivered",
                "received " + receivedAt + ", receipt sha256 " + receiptDigest);
    }

    /** Data erased from this workstation: {@code what} says which (delivered payload, rejected sample …). */
    public AuditRecord purged(String actor, String target, String what) {
        return write(AuditAction.PURGE, actor, target, "erased", what);
    }

    /** A supervisor's review step: opening a sealed rejected sample, marking it reviewed, closing an incident. */
    public AuditRecord review(Officer supervisor, String target, String outcome, String note) {
        return write(AuditAction.REVIEW, actor(supervisor), target, outcome, note);
    }

    public AuditRecord settingChanged(Officer o, String key, String value) {
        return write(AuditAction.SETTINGS_CHANGE, o == null ? "nobody logged in" : actor(o), key, "changed", "now " + value);
    }

    /** An action refused: a screen without the role, navigation while the workstation is locked. */
    public AuditRecord accessDenied(String actor, String target, String why) {
        return write(AuditAction.ACCESS_DENIED, actor, target, "refused", why);
    }

    private AuditRecord write(AuditAction action, String actor, String target, String outcome, String note) {
        AuditRecord r = log.append(new AuditEntry(action, cut(actor, 200), cut(target, 200), cut(outcome, 200),
                cut(note, AuditEntry.MAX_NOTE)));
        for (Consumer<AuditRecord> l : listeners) {
            l.accept(r);
        }
        return r;
    }

    /** Distinct rule ids of the checks with that verdict, in order, or "none". */
    static String rules(List<CheckResult> checks, Verdict verdict) {
        Set<String> ids = new LinkedHashSet<>();
        checks.stream().filter(c -> c.verdict() == verdict).forEach(c -> ids.add(c.id()));
        return join(ids);
    }

    private static String join(Collection<String> ids) {
        return ids.isEmpty() ? "none" : String.join(",", new ArrayList<>(ids));
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max - 1) + "…" : v;
    }
}
