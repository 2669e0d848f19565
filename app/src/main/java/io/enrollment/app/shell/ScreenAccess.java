package io.enrollment.app.shell;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.core.Officer;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.Finding;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open which screen, and what a refusal leaves behind (R-KG-2, R-INC-1): every refusal is an
 * ACCESS_DENIED audit record. A screen tried without its role is also an UNAUTHORISED_ACCESS incident (once per
 * session and screen: the later tries of the same session are audited only). Navigation tried while the
 * workstation is locked is a bypass attempt: audited each time, and an incident at the
 * {@value #LOCKED_ATTEMPTS_FOR_INCIDENT}th try of one locked period (a single stray key press is not one).
 */
public final class ScreenAccess {
    static final int LOCKED_ATTEMPTS_FOR_INCIDENT = 3;
    private final AuditTrail audit;
    private final IncidentRegister incidents;
    private final Set<String> reported = new HashSet<>();
    private int lockedAttempts;

    public ScreenAccess(AuditTrail audit, IncidentRegister incidents) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    /** What a refused attempt was. */
    public enum Refusal { LOCKED, ROLE }

    /**
     * Checks one attempt to open {@code destination}.
     *
     * @param officer who is logged in, empty while the workstation is locked
     * @return empty when allowed, otherwise the refusal (already audited, and an incident when it is one)
     */
    public Optional<Refusal> check(Destination destination, Optional<Officer> officer) {
        if (officer.isEmpty()) {
            lockedAttempts++;
            audit.accessDenied("nobody logged in", "screen " + destination.id(),
                    "navigation while the workstation is locked (attempt " + lockedAttempts + " of this locked period)");
            if (lockedAttempts == LOCKED_ATTEMPTS_FOR_INCIDENT) {
                incidents.record(IncidentType.UNAUTHORISED_ACCESS, "shell", Finding.of("incident.access.locked", lockedAttempts,
                        Finding.of("screen." + destination.id())));
            }
            return Optional.of(Refusal.LOCKED);
        }
        Officer o = officer.get();
        if (destination.allows(o.role())) {
            return Optional.empty();
        }
        audit.accessDenied(AuditTrail.actor(o), "screen " + destination.id(), "needs role " + destination.role()
                + ", the officer is " + o.role());
        if (reported.add(o.serialHex() + "/" + destination.id())) {
            incidents.record(IncidentType.UNAUTHORISED_ACCESS, "shell", Finding.of("incident.access.role", o.serialHex(),
                    Finding.of("role." + o.role()), Finding.of("screen." + destination.id()),
                    Finding.of("role." + destination.role())));
        }
        return Optional.of(Refusal.ROLE);
    }

    /** A new session began: the locked-period count starts again. */
    public void sessionStarted() {
        lockedAttempts = 0;
    }

    /** The session ended: a new locked period, and the next session's first refusals are incidents again. */
    public void sessionEnded() {
        lockedAttempts = 0;
        reported.clear();
    }

    /** The screens of the navigation and the role each needs. */
    public enum Destination {
        ENROLLMENT("enrollment", null),
        QUEUE("queue", null),
        SELF_CHECK("self-check", null),
        INCIDENTS("incidents", null),
        REVIEW("rejected-captures", Officer.Role.SUPERVISOR),
        SETTINGS("settings", null);

        private final String id;
        private final Officer.Role role;

        Destination(String id, Officer.Role role) {
            this.id = id;
            this.role = role;
        }

        public String id() {
            return id;
        }

        /** The role needed, or "any officer". */
        public String role() {
            return role == null ? "any officer" : role.name();
        }

        public boolean allows(Officer.Role r) {
            return role == null || role == r;
        }
    }
}
