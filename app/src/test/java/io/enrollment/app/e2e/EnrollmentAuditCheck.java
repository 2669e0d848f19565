package io.enrollment.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.cli.WorkstationCli;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the audit trail must hold after the end-to-end {@code ru} enrollment (R-KG-2): each step of it recorded,
 * no personal or biometric data in it, and {@code workstation audit verify} passing on it (hash chain and signed
 * anchors).
 */
final class EnrollmentAuditCheck {
    /** A run this long of base64 or hex in the trail would be data, not a description. */
    private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9+/=]{100,}");

    private EnrollmentAuditCheck() {
    }

    /**
     * @param personal texts of the enrolled person that must not be in the trail (document number, birth date …)
     */
    static void assertWholeEnrollmentAudited(DemoWorkstation ws, List<String> personal) throws Exception {
        List<AuditRecord> trail = ws.opened.workstation().records().audit().log().readAll();
        String all = trail.stream().map(r -> r.entry().toString()).collect(Collectors.joining("\n"));
        has(trail, all, "the start-up self-check", r -> r.entry().action() == AuditAction.SELF_CHECK
                && r.entry().note().equals("trigger startup"));
        has(trail, all, "an anchor", r -> r.entry().action() == AuditAction.ANCHOR);
        has(trail, all, "the operator's login", r -> r.entry().action() == AuditAction.LOGIN
                && r.entry().note().startsWith("role OPERATOR"));
        has(trail, all, "a wrong PIN at signing", r -> r.entry().action() == AuditAction.LOGIN_FAILED);
        has(trail, all, "consent", r -> r.entry().action() == AuditAction.CONSENT_RECORDED);
        has(trail, all, "the rejected face", r -> r.entry().action() == AuditAction.CAPTURE_REJECTED
                && r.entry().note().startsWith("face; failed R-FACE-2"));
        has(trail, all, "the accepted face", r -> r.entry().action() == AuditAction.CAPTURE_ACCEPTED
                && r.entry().note().startsWith("face; passed R-FACE-"));
        has(trail, all, "the accepted voice", r -> r.entry().action() == AuditAction.CAPTURE_ACCEPTED
                && r.entry().note().startsWith("voice; passed R-VOICE-"));
        has(trail, all, "the operator's confirmations", r -> r.entry().action() == AuditAction.OVERRIDE
                && r.entry().outcome().equals("R-VOICE-10"));
        has(trail, all, "the signature", r -> r.entry().action() == AuditAction.SIGNATURE && r.entry().outcome().equals("ok"));
        has(trail, all, "the package queued", r -> r.entry().action() == AuditAction.TRANSMISSION
                && r.entry().outcome().equals("queued") && r.entry().target().startsWith("package "));
        has(trail, all, "the package delivered", r -> r.entry().action() == AuditAction.TRANSMISSION
                && r.entry().outcome().equals("delivered") && r.entry().target().startsWith("package "));
        has(trail, all, "the delivered payload purged", r -> r.entry().action() == AuditAction.PURGE
                && r.entry().target().startsWith("package "));
        has(trail, all, "the card removal", r -> r.entry().action() == AuditAction.LOGOUT
                && r.entry().outcome().equals("card-removed"));
        has(trail, all, "the supervisor opening the rejected sample", r -> r.entry().action() == AuditAction.REVIEW
                && r.entry().outcome().equals("opened"));
        has(trail, all, "the review", r -> r.entry().action() == AuditAction.REVIEW && r.entry().outcome().equals("reviewed"));
        has(trail, all, "the rejected sample purged", r -> r.entry().action() == AuditAction.PURGE
                && r.entry().target().startsWith("rejected capture "));
        has(trail, all, "the language switch", r -> r.entry().action() == AuditAction.SETTINGS_CHANGE
                && r.entry().target().equals("display.language"));
        String file = Files.readString(ws.opened.workstation().records().audit().log().file(), StandardCharsets.UTF_8);
        for (String p : personal) {
            assertFalse(file.contains(p), "the audit trail holds '" + p + "'");
        }
        assertFalse(ENCODED.matcher(file.replaceAll("\"(prev|hash)\":\"[0-9a-f]{64}\"", "")).find(),
                "the audit trail holds an encoded payload");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new WorkstationCli().run(new String[] {"audit", "verify", "--config",
                ws.home.resolve("workstation.properties").toString()}, print, print);
        String said = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, said);
        assertTrue(said.contains("Intact: every record chains to the one before"), said);
        assertTrue(AuditLog.verify(ws.opened.workstation().records().audit().log().file(), AuditLog.AnchorCheck.NONE).ok());
    }

    private static void has(List<AuditRecord> trail, String all, String what, Predicate<AuditRecord> p) {
        assertTrue(trail.stream().anyMatch(p), "no audit record of " + what + " in:\n" + all);
    }
}
