package io.enrollment.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The weekly job ({@code workstation selfcheck --trigger schedule}, run by the systemd timer) as a real second
 * process while the workstation application runs and holds the queue's database and the audit trail: the job
 * asks the application, which runs the self-check as its own and answers; the job prints the report and exits
 * with the gate's verdict. A command that opens the stores itself is still refused while the application runs.
 */
class WeeklyJobWhileRunningTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(DemoWorkstation.face("neutral_front", "001_03.jpg"))));
    }

    private record Run(int exit, String output) {
    }

    private Run workstation(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.enrollment.app.Launcher"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(ws.home, "job", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the job did not end");
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void rSelf1_weeklyJobGetsItsSelfCheckFromTheRunningApplication(FxRobot robot) throws Exception {
        DemoWorkstation.waitFor(180, () -> !ws.opened.duties().runs().active()); // the start-up run
        String config = ws.home.resolve("workstation.properties").toString();

        Run queue = workstation("queue", "status", "--config", config);
        assertEquals(2, queue.exit(), queue.output());
        assertTrue(queue.output().contains("in use by another workstation process"), queue.output());

        Run job = workstation("selfcheck", "--trigger", "schedule", "--wait", "240", "--config", config);
        assertEquals(0, job.exit(), job.output());
        assertTrue(job.output().contains("The workstation application is running on"), job.output());
        assertTrue(job.output().contains("(ru): OK"), job.output());
        assertTrue(job.output().contains("Report queued for the central system as event"), job.output());
        assertTrue(job.output().contains("audit trail anchored at record"), job.output());
        assertTrue(job.output().contains("Enrollment: allowed"), job.output());

        SelfCheckReport last = ws.opened.workstation().records().selfCheck().service().last().orElseThrow();
        assertEquals("schedule", last.trigger());
        assertTrue(job.output().contains(last.id().toString()), job.output());
        assertTrue(ws.opened.workstation().records().audit().log().readAll().stream()
                .anyMatch(r -> r.entry().action() == AuditAction.SELF_CHECK && r.entry().target().equals(last.id().toString())
                        && r.entry().note().equals("trigger schedule")), "the application wrote the job's self-check to its trail");
        try (var left = Files.list(ws.config.dataDir().resolve("selfcheck").resolve("requests"))) {
            assertEquals(List.of(), left.toList(), "the request and its answer are gone");
        }
    }
}
