package io.enrollment.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Properties valid() throws Exception {
        Files.writeString(dir.resolve("face.mp4"), "x");
        Files.writeString(dir.resolve("voice.wav"), "x");
        Files.writeString(dir.resolve("token.p12"), "x");
        Properties p = new Properties();
        p.setProperty("workstation.id", "WS-0042");
        p.setProperty("workstation.place", "Branch 42, Tverskaya 1, Moscow");
        p.setProperty("workstation.zone", "Europe/Moscow");
        p.setProperty("profile", "ru");
        p.setProperty("camera", "file:face.mp4");
        p.setProperty("microphone", "file:voice.wav");
        p.setProperty("central.url", "https://127.0.0.1:8443");
        p.setProperty("token.software", "token.p12");
        p.setProperty("demo", "true");
        return p;
    }

    @Test
    void validConfigurationResolvesPathsAgainstItsFolder() throws Exception {
        WorkstationConfig c = ConfigLoader.validate(valid(), "test", dir);
        assertEquals("WS-0042", c.workstationId());
        assertEquals("camera", "camera");
        assertEquals("file:" + dir.resolve("face.mp4"), c.camera());
        assertEquals(dir.resolve("data"), c.dataDir());
        assertEquals(57600, c.scannerBaud());
        assertTrue(c.demo());
    }

    @Test
    void officerPolicyDefaultsToTheDataFolderAndTakesItsKeys() throws Exception {
        WorkstationConfig defaults = ConfigLoader.validate(valid(), "test", dir);
        assertEquals(dir.resolve("data").resolve("supervisors.pem"), defaults.officers().supervisors());
        assertEquals(dir.resolve("data").resolve("trust-anchors.pem"), defaults.officers().trustAnchors());
        assertEquals(java.time.Duration.ofMinutes(5), defaults.officers().idleLock());
        assertEquals(java.time.Duration.ofDays(30), defaults.officers().rejectedRetention());

        Files.writeString(dir.resolve("sv.pem"), "x");
        Files.writeString(dir.resolve("ca.pem"), "x");
        Properties p = valid();
        p.setProperty("officers.supervisors", "sv.pem");
        p.setProperty("officers.trust-anchors", "ca.pem");
        p.setProperty("session.idle-lock.minutes", "2");
        p.setProperty("rejected.retention.days", "7");
        OfficerPolicy set = ConfigLoader.validate(p, "test", dir).officers();
        assertEquals(dir.resolve("sv.pem"), set.supervisors());
        assertEquals(dir.resolve("ca.pem"), set.trustAnchors());
        assertEquals(java.time.Duration.ofMinutes(2), set.idleLock());
        assertEquals(java.time.Duration.ofDays(7), set.rejectedRetention());
    }

    @Test
    void badOfficerPolicyIsNamedWithItsKey() throws Exception {
        Properties p = valid();
        p.setProperty("officers.supervisors", "missing.pem");
        p.setProperty("session.idle-lock.minutes", "0");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.validate(p, "test", dir));
        assertTrue(e.getMessage().contains("officers.supervisors: no such file"), e.getMessage());
        assertTrue(e.getMessage().contains("session.idle-lock.minutes: at least 1"), e.getMessage());
    }

    @Test
    void everyProblemIsNamedWithItsKey() throws Exception {
        Properties p = valid();
        p.setProperty("workstation.id", "x");
        p.setProperty("profile", "fr");
        p.setProperty("camera", "webcam");
        p.setProperty("central.url", "http://central.example");
        p.setProperty("workstation.zone", "Mars/Olympus");
        p.setProperty("scanner.baud", "12345");
        p.setProperty("cammera", "typo");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.validate(p, "test", dir));
        String m = e.getMessage();
        for (String expected : new String[] {"workstation.id:", "profile: must be one of [ru, kg]", "camera: one of",
                "central.url: must be https://", "workstation.zone:", "scanner.baud:", "cammera: unknown setting"}) {
            assertTrue(m.contains(expected), m + "\nshould contain " + expected);
        }
        assertEquals(7, e.problems().size(), m);
    }

    @Test
    void softwareTokenOutsideDemoIsRefusedForR_SIGN_2() throws Exception {
        Properties p = valid();
        p.setProperty("demo", "false");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.validate(p, "test", dir));
        assertTrue(e.getMessage().contains("software tokens are for the demo only"), e.getMessage());
    }

    @Test
    void kgProfileNeedsAScanner() throws Exception {
        Properties p = valid();
        p.setProperty("profile", "kg");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.validate(p, "test", dir));
        assertTrue(e.getMessage().contains("scanner.port"), e.getMessage());
    }

    @Test
    void missingFileSaysHowToCreateOne() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.properties")));
        assertTrue(e.getMessage().contains("config/workstation.example.properties"), e.getMessage());
    }
}
