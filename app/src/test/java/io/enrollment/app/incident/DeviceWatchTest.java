package io.enrollment.app.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UNKNOWN_DEVICE (R-INC-1) with real serial devices: socat's pseudo-terminals linked into a device folder as
 * {@code ttyUSB0} (the configured scanner) and, later, {@code ttyUSB1} (a serial device nobody configured).
 */
class DeviceWatchTest {
    @TempDir
    Path dir;

    /** A socat pty pair whose first end is linked at {@code link}; the process ends with the test. */
    private static Process pty(Path link, Path otherEnd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + link, "pty,raw,echo=0,link=" + otherEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(link) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(link), "socat did not make " + link);
        return p;
    }

    @Test
    void rInc1_aSerialDeviceThatIsNotTheConfiguredScannerIsAnIncidentOnce() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        Process scanner = pty(dev.resolve("ttyUSB0"), elsewhere.resolve("scanner-side"));
        Process stranger = null;
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), Clock.systemUTC())) {
            IncidentRegister incidents = IncidentRegister.open(dir.resolve("incidents"),
                    WorkingCalendar.of(ProfileLoader.builtIn("kg"), ZoneId.of("Asia/Bishkek")), Clock.systemUTC(), audit,
                    IncidentReporter.NONE);
            String configured = dev.resolve("ttyUSB0").toRealPath().toString();
            assertTrue(configured.startsWith("/dev/pts/"), configured);
            DeviceWatch watch = new DeviceWatch(Set.of(configured), dir.resolve("devices"), List.of(dev), dir.resolve("sys"),
                    incidents);
            assertEquals(List.of(new DeviceWatch.Device("serial", configured, "")), watch.present());

            assertEquals(List.of(), watch.scan(), "the first look records the baseline");
            assertEquals(List.of(), watch.scan(), "the configured scanner is no stranger");
            assertTrue(incidents.list().isEmpty());

            stranger = pty(dev.resolve("ttyUSB1"), elsewhere.resolve("stranger-side"));
            String strangerPath = dev.resolve("ttyUSB1").toRealPath().toString();
            List<DeviceWatch.Device> reported = watch.scan();
            assertEquals(List.of(new DeviceWatch.Device("serial", strangerPath, "")), reported);
            Incident incident = incidents.list().get(0);
            assertEquals(IncidentType.UNKNOWN_DEVICE, incident.type());
            String detail = IncidentJson.english(incident.detail());
            assertTrue(detail.contains(strangerPath) && detail.contains("configured: " + configured), detail);
            assertTrue(audit.readAll().stream().anyMatch(r -> r.entry().action() == AuditAction.INCIDENT
                    && r.entry().outcome().equals("UNKNOWN_DEVICE")));
            assertEquals(List.of(), watch.scan(), "reported once, not at every look");
            assertEquals(1, incidents.list().size());
        } finally {
            scanner.destroy();
            if (stranger != null) {
                stranger.destroy();
            }
        }
    }
}
