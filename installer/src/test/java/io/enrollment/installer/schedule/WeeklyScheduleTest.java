package io.enrollment.installer.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class WeeklyScheduleTest {
    @TempDir
    Path dir;

    private SystemdUserTimer timer() throws IOException {
        Path cmd = dir.resolve("opt/enrollment workstation/workstation");
        Files.createDirectories(cmd.getParent());
        Files.writeString(cmd, "#!/bin/sh\nexit 0\n");
        cmd.toFile().setExecutable(true);
        return new SystemdUserTimer(cmd, dir.resolve("config/workstation.properties"), WeeklySchedule.DEFAULT);
    }

    @Test
    void rSelf1_unitsRunTheSelfCheckWeeklyAndCatchUpAfterDowntime() throws IOException {
        SystemdUserTimer t = timer();
        assertTrue(t.timer().contains("OnCalendar=Mon *-*-* 08:30:00\n"), t.timer());
        assertTrue(t.timer().contains("Persistent=true\n"));
        assertTrue(t.service().contains("selfcheck --trigger schedule --config \"" + dir.resolve("config/workstation.properties") + "\""),
                t.service());
        assertTrue(t.service().contains("SuccessExitStatus=1"));
    }

    @Test
    void rSelf1_generatedUnitsPassSystemdAnalyzeVerify() throws Exception {
        List<Path> files = timer().writeTo(dir.resolve("units"));
        Process p;
        try {
            ProcessBuilder b = new ProcessBuilder("systemd-analyze", "verify", "--user",
                    files.get(1).toString(), files.get(0).toString()).redirectErrorStream(true);
            // user-scope verification wants a runtime folder; a build machine may have no login session
            Files.createDirectories(dir.resolve("runtime"));
            b.environment().put("XDG_RUNTIME_DIR", dir.resolve("runtime").toString());
            p = b.start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: systemd-analyze is not installed (package systemd): " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(!out.contains(SystemdUserTimer.SERVICE + ":") && !out.contains(SystemdUserTimer.TIMER + ":"), out);

        Process next = new ProcessBuilder("systemd-analyze", "calendar", "Mon *-*-* 08:30:00").redirectErrorStream(true).start();
        String cal = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(next.waitFor(30, TimeUnit.SECONDS));
        assertTrue(cal.contains("Next elapse: Mon"), cal);
    }

    @Test
    void unitFilesRefuseRelativeOrUnsafePaths() {
        assertThrows(IllegalArgumentException.class, () -> new SystemdUserTimer(Path.of("workstation"),
                Path.of("/etc/w.properties"), WeeklySchedule.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new SystemdUserTimer(Path.of("/opt/w\"x"),
                Path.of("/etc/w.properties"), WeeklySchedule.DEFAULT));
    }

    @Test
    void rSelf1_windowsTaskXmlIsWellFormedAndWeekly() throws Exception {
        WindowsScheduledTask task = new WindowsScheduledTask("C:\\Program Files\\Enrollment Workstation\\workstation.exe",
                "C:\\ProgramData\\Enrollment\\workstation.properties", new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(7, 45)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(task.taskXml().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, doc.getElementsByTagNameNS("*", "Tuesday").getLength());
        assertEquals("true", doc.getElementsByTagNameNS("*", "StartWhenAvailable").item(0).getTextContent());
        assertTrue(doc.getElementsByTagNameNS("*", "Arguments").item(0).getTextContent()
                .equals("selfcheck --trigger schedule --config \"C:\\ProgramData\\Enrollment\\workstation.properties\""));
        assertEquals(List.of("schtasks", "/Create", "/SC", "WEEKLY", "/D", "TUE", "/ST", "07:45", "/TN",
                WindowsScheduledTask.TASK_NAME, "/TR", "\"C:\\Program Files\\Enrollment Workstation\\workstation.exe\" selfcheck"
                        + " --trigger schedule --config \"C:\\ProgramData\\Enrollment\\workstation.properties\"", "/F"),
                task.simpleCommand());
    }

    @Test
    void cameraSetupKeysAreValidated() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("workstation.id", "WS-1");
        p.setProperty("workstation.place", "Branch");
        p.setProperty("profile", "ru");
        p.setProperty("camera", "device:0");
        p.setProperty("microphone", "device:default");
        p.setProperty("central.url", "https://127.0.0.1:8443");
        p.setProperty("token.software", "t.p12");
        p.setProperty("demo", "true");
        p.setProperty("camera.fov.degrees", "60");
        p.setProperty("camera.distance.cm", "40");
        assertEquals(new io.enrollment.installer.CameraSetup(60, 40),
                io.enrollment.installer.ConfigLoader.validate(p, "test", dir).cameraSetup());
        p.setProperty("camera.distance.cm", "5000");
        io.enrollment.installer.ConfigException e = assertThrows(io.enrollment.installer.ConfigException.class,
                () -> io.enrollment.installer.ConfigLoader.validate(p, "test", dir));
        assertTrue(e.getMessage().contains("camera.distance.cm"), e.getMessage());
    }
}
