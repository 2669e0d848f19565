package io.enrollment.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.installer.schedule.SystemdUserTimer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfCheckScheduleTest {
    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("workstation.systemd.user-dir");
    }

    @Test
    void rSelf1_installScheduleWritesTheUserTimerForThisConfiguration() throws Exception {
        Path config = AuditCommandTest.minimalConfig(home);
        System.setProperty("workstation.systemd.user-dir", home.resolve("units").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new WorkstationCli(List.of(new SelfCheckCommand())).run(new String[] {"selfcheck", "--install-schedule",
            "--command", "/opt/enrollment/workstation", "--config", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, text);
        String service = Files.readString(home.resolve("units").resolve(SystemdUserTimer.SERVICE));
        assertTrue(service.contains("ExecStart=\"/opt/enrollment/workstation\" selfcheck --trigger schedule --config \""
                + config.toAbsolutePath() + "\""), service);
        assertTrue(Files.exists(home.resolve("units").resolve(SystemdUserTimer.TIMER)));
        assertTrue(text.contains("systemctl --user enable --now " + SystemdUserTimer.TIMER), text);
    }
}
