package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.cli.WorkstationCli;
import io.enrollment.central.ItemKind;
import io.enrollment.central.store.StoredItem;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.devices.fingerprint.PtyPair;
import io.enrollment.devices.fingerprint.ScannerSettings;
import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.FaultMode;
import io.enrollment.devices.fingerprint.emulator.ScannerEmulator;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import io.enrollment.installer.WorkstationConfig;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-check on real parts: a camera folder with a real photograph, a WAV room sample, the fingerprint
 * scanner emulator behind a socat serial link, the workstation key and pinned certificate of the central
 * simulator running on 127.0.0.1, the real quality-control engine, a real integrity manifest.
 */
class SelfCheckIT {
    /** A finding in the English of the machine outputs (what these assertions were written against). */
    private static String en(io.enrollment.core.selfcheck.Finding f) {
        return SelfCheckTexts.english().render(f);
    }

    @org.junit.jupiter.api.BeforeAll
    static void referenceFace() throws java.io.IOException {
        SelfCheckFixtures.assumeReferenceFace();
    }

    @TempDir
    Path home;

    private static Map<String, ItemStatus> statuses(SelfCheckService.Outcome o) {
        return o.report().items().stream().collect(Collectors.toMap(ItemResult::item, ItemResult::status));
    }

    private static String describe(SelfCheckService.Outcome o) {
        return o.report().items().stream().map(i -> i.item() + " " + i.status() + ": " + en(i.summary()) + " | " + i.measurements())
                .collect(Collectors.joining("\n"));
    }

    private SelfCheckService.Outcome run(TestWorkstation w) throws Exception {
        try (SelfCheckContext ctx = SelfCheckContext.open(w.config(), Clock.systemUTC(), w.options())) {
            return ctx.service().run("cli");
        }
    }

    @Test
    void rSelf1_demoDevicesAllOkAndTheSignedReportVerifiesAtTheCentralSimulator() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "ru")) {
            WorkstationConfig cfg = w.config();
            SelfCheckService.Outcome o;
            try (SelfCheckContext ctx = SelfCheckContext.open(cfg, Clock.systemUTC(), w.options())) {
                o = ctx.service().run("cli");
                assertTrue(ctx.service().enrollmentStatus().allowed());
                assertTrue(ctx.incidents().list().isEmpty(), ctx.incidents().list().toString());
            }
            for (ItemResult i : o.report().items()) {
                assertEquals(ItemStatus.OK, i.status(), describe(o));
            }
            assertEquals(List.of("camera", "microphone", "token", "qc-engine", "integrity", "clock", "storage", "configuration"),
                    o.report().items().stream().map(ItemResult::item).toList());
            assertTrue(o.decision().allowed(), o.decision().reasons().toString());
            assertTrue(o.queued().isPresent(), o.notQueuedReason().toString());

            // the lead's transmitter takes it from the queue to the simulator, which verifies it
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new WorkstationCli().run(new String[] {"queue", "drain", "--timeout", "60", "--config",
                    home.resolve("workstation.properties").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
            StoredItem stored = w.central.store().item(ItemKind.EVENTS, o.report().id().toString()).orElseThrow();
            assertEquals("ACCEPTED", stored.status(), stored.reason());
            assertEquals("SELF_CHECK", stored.eventKind());
        }
    }

    @Test
    void rSelf1_kgScannerOverARealSerialLinkIsChecked() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "kg"); PtyPair serial = PtyPair.start()) {
            ScannerEmulator emulator = new ScannerEmulator(JSerialCommLink.open(serial.device, 57600),
                    new SyntheticPrintSource(5, true), EmulatorSettings.defaults(), new PrintStream(OutputStream.nullOutputStream()));
            Thread t = new Thread(() -> {
                try {
                    emulator.run();
                } catch (io.enrollment.devices.fingerprint.ScannerException e) {
                    // the link closed at the end of the test
                }
            }, "scanner-emulator");
            t.setDaemon(true);
            t.start();
            w.properties.setProperty("scanner.port", serial.host);
            SelfCheckService.Outcome o = run(w);
            emulator.stop();
            Map<String, ItemStatus> s = statuses(o);
            assertFalse(s.containsKey("microphone"), "kg collects no voice");
            assertEquals(ItemStatus.OK, s.get("scanner"), describe(o));
            assertTrue(o.decision().allowed(), describe(o));
        }
    }

    @Test
    void rSelf1_kgSilentScannerFailsAndBlocksEnrollment() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "kg"); PtyPair serial = PtyPair.start()) {
            ScannerEmulator emulator = new ScannerEmulator(JSerialCommLink.open(serial.device, 57600),
                    new SyntheticPrintSource(5, true), EmulatorSettings.defaults().withFault(FaultMode.SILENCE, 1000),
                    new PrintStream(OutputStream.nullOutputStream()));
            Thread t = new Thread(() -> {
                try {
                    emulator.run();
                } catch (io.enrollment.devices.fingerprint.ScannerException e) {
                    // expected at the end
                }
            }, "scanner-emulator");
            t.setDaemon(true);
            t.start();
            w.properties.setProperty("scanner.port", serial.host);
            SelfCheckService.Outcome o = run(w);
            emulator.stop();
            assertEquals(ItemStatus.FAIL, statuses(o).get("scanner"), describe(o));
            assertFalse(o.decision().allowed());
            assertTrue(o.decision().reasons().stream().anyMatch(r -> en(r).contains("'scanner'")), o.decision().reasons().toString());

            w.properties.setProperty("scanner.port", home.resolve("no-such-tty").toString());
            SelfCheckService.Outcome missing = run(w);
            ItemResult scanner = missing.report().item("scanner").orElseThrow();
            assertEquals(ItemStatus.FAIL, scanner.status());
            assertTrue(en(scanner.remedy()).contains("scanner.port"), en(scanner.remedy()));
        }
    }

    @Test
    void rSelf1_missingOrBrokenCameraAndMicrophoneFailTheirItemAndBlock() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "ru")) {
            w.config();
            Files.delete(home.resolve("camera").resolve("frame-001.jpg"));
            SelfCheckService.Outcome noCamera = run(w);
            assertEquals(ItemStatus.FAIL, statuses(noCamera).get("camera"), describe(noCamera));
            assertEquals(ItemStatus.OK, statuses(noCamera).get("microphone"));
            assertFalse(noCamera.decision().allowed());
            assertTrue(en(noCamera.decision().reasons().get(0)).contains("'camera'"), noCamera.decision().reasons().toString());

            Files.write(home.resolve("camera").resolve("frame-001.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
            assertEquals(ItemStatus.FAIL, statuses(run(w)).get("camera"));

            Files.write(home.resolve("camera").resolve("frame-001.jpg"), SelfCheckFixtures.cameraFrame());
            w.properties.setProperty("camera.distance.cm", "150"); // too far for R-FACE-5 at this resolution
            ItemResult far = run(w).report().item("camera").orElseThrow();
            assertEquals(ItemStatus.FAIL, far.status(), en(far.summary()));
            assertTrue(en(far.summary()).contains("R-FACE-5"), en(far.summary()));
            w.properties.remove("camera.distance.cm");

            Files.write(home.resolve("room.wav"), TestWorkstation.roomSample(16000, 2.0, 0.3, 2)); // a loud room
            ItemResult loud = run(w).report().item("microphone").orElseThrow();
            assertEquals(ItemStatus.FAIL, loud.status(), en(loud.summary()));
            assertTrue(en(loud.summary()).contains("noise floor"), en(loud.summary()));

            Files.write(home.resolve("room.wav"), TestWorkstation.roomSample(16000, 2.0, 0.0, 3)); // muted: digital silence
            assertTrue(en(run(w).report().item("microphone").orElseThrow().summary()).contains("digital silence"));

            Files.write(home.resolve("room.wav"), TestWorkstation.roomSample(8000, 2.0, 0.001, 4)); // wrong format
            assertEquals(ItemStatus.FAIL, run(w).report().item("microphone").orElseThrow().status());

            w.properties.setProperty("microphone", "device:default"); // this machine has no sound card
            SelfCheckService.Outcome noMic = run(w);
            assertEquals(ItemStatus.FAIL, statuses(noMic).get("microphone"), describe(noMic));
            assertFalse(noMic.decision().allowed());
        }
    }

    @Test
    void rSelf1_unusableWorkstationKeyFailsTheTokenItem() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "ru")) {
            Files.writeString(home.resolve("workstation.password"), "wrong\n");
            SelfCheckService.Outcome o = run(w);
            ItemResult token = o.report().item("token").orElseThrow();
            assertEquals(ItemStatus.FAIL, token.status(), en(token.summary()));
            assertTrue(o.queued().isEmpty(), "a report that cannot be signed is not queued");
            assertFalse(o.decision().allowed());
        }
    }

    @Test
    void rInc1_corruptedModelFailsIntegrityAndIsAnIncidentReportedToTheCentralSimulator() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "ru")) {
            Path lib = w.installation().resolve("lib");
            Path qc;
            try (var s = Files.list(lib)) {
                qc = s.filter(p -> p.getFileName().toString().startsWith("quality-control")).findFirst().orElseThrow();
            }
            String model = corruptFirstModel(qc);
            SelfCheckService.Outcome o;
            List<Incident> incidents;
            try (SelfCheckContext ctx = SelfCheckContext.open(w.config(), Clock.systemUTC(), w.options())) {
                o = ctx.service().run("cli");
                incidents = ctx.incidents().list();
            }
            ItemResult integrity = o.report().item("integrity").orElseThrow();
            assertEquals(ItemStatus.FAIL, integrity.status());
            assertTrue(en(integrity.summary()).contains(model + " was changed"), en(integrity.summary()));
            assertFalse(o.decision().allowed());
            assertEquals(1, incidents.size(), incidents.toString());
            Incident incident = incidents.get(0);
            assertEquals(IncidentType.INTEGRITY_CHECK_FAILED, incident.type());
            assertEquals(IncidentStatus.QUEUED, incident.status());
            assertTrue(incident.reportBy().isAfter(Instant.now()));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, new WorkstationCli().run(new String[] {"queue", "drain", "--timeout", "60", "--config",
                    home.resolve("workstation.properties").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8)), out.toString(StandardCharsets.UTF_8));
            StoredItem stored = w.central.store().item(ItemKind.EVENTS, incident.id().toString()).orElseThrow();
            assertEquals("ACCEPTED", stored.status(), stored.reason());
            assertEquals("INCIDENT", stored.eventKind());
            try (SelfCheckContext ctx = SelfCheckContext.open(w.config(), Clock.systemUTC(), w.options())) {
                ctx.incidents().refresh(ctx.queue());
                assertEquals(IncidentStatus.REPORTED, ctx.incidents().get(incident.id()).orElseThrow().status());
            }
        }
    }

    @Test
    void rInc1_clockRollbackIsAFailAndAnIncident() throws Exception {
        try (TestWorkstation w = TestWorkstation.start(home, "ru")) {
            WorkstationConfig cfg = w.config();
            Files.createDirectories(cfg.dataDir().resolve("selfcheck"));
            Files.writeString(cfg.dataDir().resolve("selfcheck").resolve("clock.last"), Instant.now().plusSeconds(86400).toString());
            try (SelfCheckContext ctx = SelfCheckContext.open(cfg, Clock.systemUTC(), w.options())) {
                SelfCheckService.Outcome o = ctx.service().run("cli");
                assertEquals(ItemStatus.FAIL, statuses(o).get("clock"), describe(o));
                assertEquals(Optional.of(IncidentType.CLOCK_ROLLBACK), ctx.incidents().list().stream().map(Incident::type).findFirst());
            }
        }
    }

    /** Replaces the bytes of the first model file inside the jar; returns its manifest path. */
    private static String corruptFirstModel(Path jar) throws Exception {
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        String corrupted = null;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (corrupted == null && (e.getName().endsWith(".onnx") || e.getName().endsWith(".tflite"))) {
                    corrupted = e.getName();
                    data[data.length / 2] ^= 0x5A;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(corrupted != null, "the quality-control jar holds no model file");
        return "lib/" + jar.getFileName() + "!/" + corrupted;
    }

    static URI unused() {
        return URI.create("https://127.0.0.1");
    }
}
