package io.enrollment.installer;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.sample.Place;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code workstation.properties}. It collects every problem before failing, each with
 * its key and a fix, so that a first start never fails with a misleading message (what users of other
 * enrollment clients complain of most).
 */
public final class ConfigLoader {
    private static final Pattern WORKSTATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Set<String> KNOWN = Set.of("workstation.id", "workstation.place", "workstation.latitude",
            "workstation.longitude", "workstation.zone", "profile", "data.dir", "camera", "microphone", "scanner.port",
            "scanner.baud", "central.url", "central.channel", "token.library", "token.slot", "token.software", "demo", "central.certificate",
            "tls.keystore", "tls.keystore.password-file", "central.bandwidth", "xroad.service", "xroad.client",
            "camera.fov.degrees", "camera.distance.cm", "officers.trust-anchors", "officers.supervisors",
            "session.idle-lock.minutes", "rejected.retention.days");

    private ConfigLoader() {
    }

    /** The default location of a real (not demo) configuration. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".config", "enrollment-workstation", "workstation.properties");
    }

    public static WorkstationConfig load(Path file) throws ConfigException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), List.of("the file does not exist: create it from "
                    + "config/workstation.example.properties (see docs/configuration.md), or run './workstation demo'"));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
        Path base = file.toAbsolutePath().getParent();
        return validate(p, file.toString(), base);
    }

    /**
     * Validates properties; relative paths are resolved against {@code base}.
     *
     * @throws ConfigException listing every problem
     */
    public static WorkstationConfig validate(Properties p, String source, Path base) throws ConfigException {
        List<String> problems = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!KNOWN.contains(key)) {
                problems.add(key + ": unknown setting (misspelt? see docs/configuration.md)");
            }
        }
        String id = get(p, "workstation.id", "");
        if (!WORKSTATION_ID.matcher(id).matches()) {
            problems.add("workstation.id: required, 3-64 letters, digits, '.', '_' or '-' (was '" + id + "')");
        }
        String placeName = get(p, "workstation.place", "");
        Place place = Place.named("unset");
        double lat = number(p, "workstation.latitude", problems);
        double lon = number(p, "workstation.longitude", problems);
        if (placeName.isBlank()) {
            problems.add("workstation.place: required, the address where samples are collected (R-QC-2)");
        } else {
            try {
                place = new Place(placeName, lat, lon);
            } catch (IllegalArgumentException e) {
                problems.add("workstation.latitude/longitude: " + e.getMessage());
            }
        }
        ZoneId zone = ZoneId.systemDefault();
        try {
            zone = ZoneId.of(get(p, "workstation.zone", ZoneId.systemDefault().getId()));
        } catch (DateTimeException e) {
            problems.add("workstation.zone: not a time zone id like Europe/Moscow (" + e.getMessage() + ")");
        }
        String profile = get(p, "profile", "");
        if (!ProfileLoader.BUILT_IN.contains(profile)) {
            problems.add("profile: must be one of " + ProfileLoader.BUILT_IN + " (was '" + profile + "')");
        }
        Path dataDir = base.resolve(get(p, "data.dir", "data")).normalize();
        String camera = source(p, "camera", Set.of("device", "file", "folder"), base, problems);
        String microphone = source(p, "microphone", Set.of("device", "file"), base, problems);
        String scanner = get(p, "scanner.port", "");
        if ("kg".equals(profile) && scanner.isEmpty()) {
            problems.add("scanner.port: the kg profile collects fingerprints; give the scanner's serial path (e.g. /dev/ttyUSB0)");
        }
        int baud = (int) wholeNumber(p, "scanner.baud", 57600, problems);
        if (baud % 9600 != 0 || baud < 9600 || baud > 115200) {
            problems.add("scanner.baud: R30x/AS608 scanners speak 9600-115200 in steps of 9600 (was " + baud + ")");
        }
        URI central = URI.create("https://invalid");
        boolean demo = Boolean.parseBoolean(get(p, "demo", "false"));
        try {
            central = new URI(get(p, "central.url", ""));
            boolean loopback = "127.0.0.1".equals(central.getHost()) || "localhost".equals(central.getHost());
            if (!"https".equals(central.getScheme())) {
                problems.add("central.url: must be https:// (R-SIGN-3), was '" + central + "'");
            } else if (central.getHost() == null) {
                problems.add("central.url: has no host: '" + central + "'");
            } else if (demo && !loopback) {
                problems.add("central.url: a demo workstation sends only to a local simulator (127.0.0.1)");
            }
        } catch (URISyntaxException e) {
            problems.add("central.url: not a URL: " + e.getMessage());
        }
        String channel = get(p, "central.channel", "direct");
        if (!Set.of("direct", "xroad").contains(channel)) {
            problems.add("central.channel: 'direct' or 'xroad' (was '" + channel + "')");
        }
        String library = get(p, "token.library", "");
        String software = get(p, "token.software", "");
        if (library.isEmpty() == software.isEmpty()) {
            problems.add("token.library / token.software: give exactly one: the PKCS#11 library of the officers' tokens"
                    + " (e.g. /usr/lib/librtpkcs11ecp.so), or, in demo mode only, a PKCS#12 software token");
        } else if (!library.isEmpty() && !Files.isRegularFile(Path.of(library))) {
            problems.add("token.library: no such file '" + library + "' (install the token vendor's PKCS#11 library)");
        } else if (!software.isEmpty() && !demo) {
            problems.add("token.software: software tokens are for the demo only; officers sign with their token (R-SIGN-2)");
        }
        int slot = (int) wholeNumber(p, "token.slot", 0, problems);
        Transmission transmission = transmission(p, base, channel, problems);
        CameraSetup cameraSetup = CameraSetup.DEFAULT;
        double fov = number(p, "camera.fov.degrees", problems);
        double distance = number(p, "camera.distance.cm", problems);
        try {
            cameraSetup = new CameraSetup(Double.isNaN(fov) ? CameraSetup.DEFAULT.fovDegrees() : fov,
                    Double.isNaN(distance) ? CameraSetup.DEFAULT.distanceCm() : distance);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        OfficerPolicy officers = officers(p, base, dataDir, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return new WorkstationConfig(id, place, zone, profile, dataDir, camera, microphone, scanner, baud, central,
                channel, library, slot, software.isEmpty() ? "" : base.resolve(software).normalize().toString(), demo,
                transmission, cameraSetup, officers);
    }

    /** The PEM files may be absent (no supervisors yet, no anchors: chains are not checked); a named one must exist. */
    private static OfficerPolicy officers(Properties p, Path base, Path dataDir, List<String> problems) {
        OfficerPolicy defaults = OfficerPolicy.defaults(dataDir);
        Path anchors = optionalFile(p, "officers.trust-anchors", base, problems);
        Path supervisors = optionalFile(p, "officers.supervisors", base, problems);
        long idle = wholeNumber(p, "session.idle-lock.minutes", defaults.idleLock().toMinutes(), problems);
        long retention = wholeNumber(p, "rejected.retention.days", defaults.rejectedRetention().toDays(), problems);
        try {
            return new OfficerPolicy(anchors == null ? defaults.trustAnchors() : anchors,
                    supervisors == null ? defaults.supervisors() : supervisors,
                    java.time.Duration.ofMinutes(idle), java.time.Duration.ofDays(retention));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return defaults;
        }
    }

    private static Transmission transmission(Properties p, Path base, String channel, List<String> problems) {
        Path cert = optionalFile(p, "central.certificate", base, problems);
        Path keystore = optionalFile(p, "tls.keystore", base, problems);
        Path password = optionalFile(p, "tls.keystore.password-file", base, problems);
        if ((keystore == null) != (password == null)) {
            problems.add("tls.keystore / tls.keystore.password-file: give both, the workstation's TLS client key store and its password file");
        }
        long bandwidth = wholeNumber(p, "central.bandwidth", 0, problems);
        if (bandwidth < 0) {
            problems.add("central.bandwidth: bytes per second, 0 for no cap (was " + bandwidth + ")");
        }
        String service = get(p, "xroad.service", "");
        String client = get(p, "xroad.client", "");
        if ("xroad".equals(channel)) {
            if (service.split("/").length != 5) {
                problems.add("xroad.service: the provider's service id INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE (was '" + service + "')");
            }
            if (client.split("/").length != 4) {
                problems.add("xroad.client: this workstation's subsystem id INSTANCE/CLASS/MEMBER/SUBSYSTEM (was '" + client + "')");
            }
        }
        return new Transmission(cert, keystore, password, Math.max(0, bandwidth), service, client);
    }

    private static Path optionalFile(Properties p, String key, Path base, List<String> problems) {
        String v = get(p, key, "");
        if (v.isEmpty()) {
            return null;
        }
        Path path = base.resolve(v).normalize();
        if (!Files.isRegularFile(path)) {
            problems.add(key + ": no such file '" + path + "'");
        }
        return path;
    }

    private static String source(Properties p, String key, Set<String> kinds, Path base, List<String> problems) {
        String v = get(p, key, "");
        int colon = v.indexOf(':');
        String kind = colon < 0 ? "" : v.substring(0, colon);
        if (!kinds.contains(kind)) {
            problems.add(key + ": one of " + kinds.stream().map(k -> k + ":…").sorted().toList() + " (was '" + v + "')");
            return v;
        }
        if (!kind.equals("device")) {
            Path path = base.resolve(v.substring(colon + 1)).normalize();
            if (!Files.exists(path)) {
                problems.add(key + ": no such " + (kind.equals("folder") ? "folder" : "file") + " '" + path + "'");
            }
            return kind + ":" + path;
        }
        return v;
    }

    private static String get(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : v.strip();
    }

    private static double number(Properties p, String key, List<String> problems) {
        String v = get(p, key, "");
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            problems.add(key + ": not a number: '" + v + "'");
            return Double.NaN;
        }
    }

    private static long wholeNumber(Properties p, String key, long fallback, List<String> problems) {
        String v = get(p, key, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            problems.add(key + ": not a whole number: '" + v + "'");
            return fallback;
        }
    }
}
