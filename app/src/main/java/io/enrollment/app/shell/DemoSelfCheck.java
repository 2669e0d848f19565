package io.enrollment.app.shell;

import io.enrollment.app.selfcheck.RoomSample;
import io.enrollment.installer.Transmission;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a demo's self-check checks: the demo's own devices and link. The demo configuration file names no
 * central certificate or workstation key (the demo starts its simulator on a free port), and its microphone is
 * file-backed (spoken prompts), so the self-check gets: the simulator's address, its pinned certificate and the
 * workstation key it issued (password file written into the demo's data folder), and for the microphone a quiet
 * room sample generated into the demo's data folder — the demo's "room".
 */
final class DemoSelfCheck {
    private static final String SIMULATOR_PASSWORD = "simulator";

    private DemoSelfCheck() {
    }

    static WorkstationConfig config(WorkstationConfig demo, CentralLink.CentralSimulatorStart simulator) throws IOException {
        Path dir = demo.dataDir().resolve("selfcheck");
        Files.createDirectories(dir);
        Path password = dir.resolve("demo-workstation.password");
        Files.writeString(password, SIMULATOR_PASSWORD + "\n", StandardCharsets.UTF_8);
        Path room = dir.resolve("demo-room.wav");
        if (!Files.exists(room)) {
            Files.write(room, RoomSample.quietRoom(16_000, 2.0, 20_261_122L));
        }
        Path pki = simulator.server().dir().resolve("pki");
        Transmission t = demo.transmission();
        Transmission demoLink = new Transmission(simulator.centralPem(), pki.resolve("workstation.p12"), password,
                t.bandwidthBytesPerSecond(), t.xroadService(), t.xroadClient());
        return new WorkstationConfig(demo.workstationId(), demo.place(), demo.zone(), demo.profileId(), demo.dataDir(),
                demo.camera(), "file:" + room, demo.scannerPort(), demo.scannerBaud(), simulator.server().uri(), "direct",
                demo.tokenLibrary(), demo.tokenSlotIndex(), demo.softwareToken(), demo.demo(), demoLink, demo.cameraSetup(),
                demo.officers());
    }
}
