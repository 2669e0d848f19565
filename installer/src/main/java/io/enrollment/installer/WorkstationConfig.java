package io.enrollment.installer;

import io.enrollment.core.sample.Place;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One workstation's configuration, validated ({@link ConfigLoader}). Every field is documented in
 * {@code docs/configuration.md}.
 *
 * @param workstationId   unique id of this workstation at the central system
 * @param place           where it stands (R-QC-2)
 * @param zone            local time zone of the place
 * @param profileId       {@code ru} or {@code kg}
 * @param dataDir         queue database, logs, demo files
 * @param camera          camera source: {@code device:INDEX}, {@code file:PATH} (video) or {@code folder:PATH}
 * @param microphone      microphone source: {@code device:NAME} or {@code file:PATH} (WAV)
 * @param scannerPort     serial path of the fingerprint scanner, empty when the profile has no fingerprints
 * @param scannerBaud     serial speed
 * @param centralUrl      the central system's endpoint (https)
 * @param channel         {@code direct} or {@code xroad}
 * @param tokenLibrary    PKCS#11 library of the officers' tokens; empty with a software token
 * @param tokenSlotIndex  slot list index of the token
 * @param softwareToken   PKCS#12 file used instead of a token (demo only), empty otherwise
 * @param demo            demo mode: demo devices, software token, local simulator, DEMO banner
 * @param transmission    TLS material, bandwidth and X-Road identifiers for the central system
 * @param cameraSetup     lens field of view and working distance of the camera (self-check, R-FACE-5)
 * @param officers        trust anchors, supervisors, idle lock and how long rejected captures are kept
 */
public record WorkstationConfig(String workstationId, Place place, ZoneId zone, String profileId, Path dataDir,
                                String camera, String microphone, String scannerPort, int scannerBaud,
                                URI centralUrl, String channel, String tokenLibrary, int tokenSlotIndex,
                                String softwareToken, boolean demo, Transmission transmission,
                                CameraSetup cameraSetup, OfficerPolicy officers) {
    public WorkstationConfig {
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(centralUrl, "centralUrl");
        Objects.requireNonNull(transmission, "transmission");
        cameraSetup = cameraSetup == null ? CameraSetup.DEFAULT : cameraSetup;
        officers = officers == null ? OfficerPolicy.defaults(dataDir) : officers;
    }

    /** A configuration with the default officer policy. */
    public WorkstationConfig(String workstationId, Place place, ZoneId zone, String profileId, Path dataDir,
                             String camera, String microphone, String scannerPort, int scannerBaud,
                             URI centralUrl, String channel, String tokenLibrary, int tokenSlotIndex,
                             String softwareToken, boolean demo, Transmission transmission, CameraSetup cameraSetup) {
        this(workstationId, place, zone, profileId, dataDir, camera, microphone, scannerPort, scannerBaud, centralUrl,
                channel, tokenLibrary, tokenSlotIndex, softwareToken, demo, transmission, cameraSetup, null);
    }

    /** A configuration with the default camera set-up. */
    public WorkstationConfig(String workstationId, Place place, ZoneId zone, String profileId, Path dataDir,
                             String camera, String microphone, String scannerPort, int scannerBaud,
                             URI centralUrl, String channel, String tokenLibrary, int tokenSlotIndex,
                             String softwareToken, boolean demo, Transmission transmission) {
        this(workstationId, place, zone, profileId, dataDir, camera, microphone, scannerPort, scannerBaud, centralUrl,
                channel, tokenLibrary, tokenSlotIndex, softwareToken, demo, transmission, CameraSetup.DEFAULT, null);
    }

    /** The offline queue's folder. */
    public Path queueDir() {
        return dataDir.resolve("queue");
    }

    public Optional<String> scanner() {
        return scannerPort.isEmpty() ? Optional.empty() : Optional.of(scannerPort);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
