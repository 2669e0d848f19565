package io.enrollment.app.selfcheck;

import io.enrollment.app.selfcheck.items.IntegrityCheck;
import io.enrollment.central.CentralConfig;
import io.enrollment.central.CentralServer;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * A workstation on demo devices for the self-check tests: a real camera folder (a real face photograph), a
 * recorded room sample (WAV), the central simulator on 127.0.0.1 with its PKI (pinned certificate, workstation
 * key), and an installation folder with a real integrity manifest.
 */
final class TestWorkstation implements AutoCloseable {
    final Path home;
    final CentralServer central;
    final Properties properties = new Properties();

    private TestWorkstation(Path home, CentralServer central) {
        this.home = home;
        this.central = central;
    }

    static TestWorkstation start(Path home, String profile) throws Exception {
        CentralServer central = CentralServer.start(CentralConfig.of(home.resolve("central"), 0));
        TestWorkstation w = new TestWorkstation(home, central);
        Files.createDirectories(home.resolve("camera"));
        Files.write(home.resolve("camera").resolve("frame-001.jpg"), SelfCheckFixtures.cameraFrame());
        Files.write(home.resolve("room.wav"), roomSample(16000, 2.0, 0.001, 1));
        Files.writeString(home.resolve("workstation.password"), SimulatorPki.PASSWORD + "\n");
        Path pki = central.pki().dir();
        Properties p = w.properties;
        p.setProperty("demo", "true");
        p.setProperty("workstation.id", "WS-TEST-01");
        p.setProperty("workstation.place", "Test branch, 1 Test street");
        p.setProperty("workstation.zone", "Europe/Moscow");
        p.setProperty("profile", profile);
        p.setProperty("data.dir", "data");
        p.setProperty("camera", "folder:camera");
        p.setProperty("microphone", "file:room.wav");
        p.setProperty("central.url", central.uri().toString());
        p.setProperty("central.certificate", pki.resolve("central.pem").toString());
        p.setProperty("tls.keystore", central.pki().workstationP12().toString());
        p.setProperty("tls.keystore.password-file", "workstation.password");
        p.setProperty("token.software", central.pki().workstationP12().toString());
        return w;
    }

    WorkstationConfig config() throws Exception {
        Path file = home.resolve("workstation.properties");
        try (Writer wr = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(wr, "self-check test workstation");
        }
        return ConfigLoader.load(file);
    }

    /** An installation folder: copies of real jars from the class path, and their manifest. */
    Path installation() throws IOException {
        return TestInstallation.in(home.resolve("install"));
    }

    SelfCheckContext.Options options() throws IOException {
        return new SelfCheckContext.Options(Optional.of(installation()), Duration.ofSeconds(2),
                SelfCheckFixtures.referenceFace());
    }

    /** Quiet room noise (Gaussian, {@code level} of full scale) as 16-bit mono PCM WAV. */
    static byte[] roomSample(int rate, double seconds, double level, long seed) {
        int n = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + n * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(n * 2);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            long v = Math.round(r.nextGaussian() * level * 32767);
            b.putShort((short) Math.max(-32768, Math.min(32767, v)));
        }
        return b.array();
    }

    @Override
    public void close() {
        central.close();
    }

    static boolean runsFromJar() {
        return IntegrityCheck.runningInstallation().isPresent();
    }
}
