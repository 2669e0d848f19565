package io.enrollment.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Path minimalConfig(Path home) throws Exception {
        Files.createDirectories(home.resolve("camera"));
        Files.writeString(home.resolve("token.p12"), "placeholder");
        Path file = home.resolve("workstation.properties");
        Files.writeString(file, String.join("\n", "demo=true", "workstation.id=WS-CLI-1",
                "workstation.place=Test branch", "profile=ru", "data.dir=data", "camera=folder:camera",
                "microphone=device:default", "central.url=https://127.0.0.1:9", "token.software=token.p12", ""));
        return file;
    }

    private int run(String... args) {
        return new WorkstationCli(List.of(new AuditCommand())).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rKg2_auditVerifyPointsToTheFirstTamperedRecord() throws Exception {
        Path config = minimalConfig(home);
        try (AuditLog log = AuditLog.open(home.resolve("data/audit"), Clock.systemUTC())) {
            for (int i = 0; i < 5; i++) {
                log.append(new AuditEntry(AuditAction.SIGNATURE, "officer-1", "package-" + i, "ok", ""));
            }
        }
        assertEquals(0, run("audit", "verify", "--config", config.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("5 records"), out.toString(StandardCharsets.UTF_8));

        Path file = home.resolve("data/audit/audit.jsonl");
        List<String> lines = Files.readAllLines(file);
        lines.set(2, lines.get(2).replace("package-2", "package-X"));
        Files.write(file, lines);
        out.reset();
        assertEquals(1, run("audit", "verify", "--config", config.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("BROKEN at record 3") && text.contains("was changed") && text.contains("2 records before it"), text);
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertEquals(2, run("audit"));
        assertEquals(2, run("audit", "check"));
        assertEquals(2, run("audit", "verify", "--config", home.resolve("missing.properties").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: workstation audit verify"));
    }
}
