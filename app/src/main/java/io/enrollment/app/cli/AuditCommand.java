package io.enrollment.app.cli;

import io.enrollment.app.audit.AuditAnchors;
import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditVerification;
import io.enrollment.core.audit.ChainBreak;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.token.CertificateValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code workstation audit verify [--config FILE | --demo]}: checks the audit trail's hash chain and its signed
 * anchors (R-KG-2) and points to the first broken record. Exit 0 intact, 1 broken, 2 bad usage.
 */
public final class AuditCommand implements CliCommand {
    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "verify the hash-chained audit trail and its signed anchors (R-KG-2)";
    }

    @Override
    public String usage() {
        return "usage: workstation audit verify [--config FILE | --demo]\n" + ConfigOption.usage()
                + "exit: 0 intact, 1 broken (the first broken record is named), 2 bad usage\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ConfigOption config = new ConfigOption();
        boolean verify = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                int consumed = config.accept(args, i);
                if (consumed >= 0) {
                    i = consumed;
                } else if (args.get(i).equals("verify") && !verify) {
                    verify = true;
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + args.get(i) + "'");
                }
            }
            if (!verify) {
                throw new IllegalArgumentException("which action? (verify)");
            }
        } catch (IllegalArgumentException e) {
            err.println("audit: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        WorkstationConfig cfg;
        try {
            cfg = config.load();
        } catch (ConfigException e) {
            err.println("audit: " + e.getMessage());
            return USAGE;
        }
        Path dir = cfg.dataDir().resolve("audit");
        Path file = dir.resolve(AuditLog.FILE_NAME);
        AuditVerification v;
        try {
            v = AuditLog.verify(file, new AuditAnchors(dir).checker(new CadesVerifier(CertificateValidator.withoutTrustAnchors())));
        } catch (IOException e) {
            err.println("audit: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        }
        out.println("Audit trail " + file + ": " + v.records() + " records, " + v.anchors() + " signed anchors verified");
        if (v.firstBreak().isPresent()) {
            ChainBreak b = v.firstBreak().get();
            out.println("BROKEN at record " + b.position() + " (line " + b.position() + (b.sequence() > 0
                    ? ", sequence " + b.sequence() : "") + "): " + b.reason());
            out.println("The " + v.intact() + " records before it are intact (head " + v.head().substring(0, 12) + ").");
            return FAILED;
        }
        if (v.anchorProblem().isPresent()) {
            out.println("BROKEN: " + v.anchorProblem().get());
            return FAILED;
        }
        out.println("Intact: every record chains to the one before" + (v.records() == 0 ? " (the trail is empty)" : "")
                + "; head " + v.head().substring(0, 12));
        return OK;
    }
}
