package io.enrollment.app.incident;

import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNKNOWN_DEVICE detection (R-INC-1): the cameras ({@code video*}) and serial ports ({@code ttyUSB*},
 * {@code ttyACM*}, {@code serial/by-id/*}) present in the device folders, compared with the configured camera
 * ({@code camera=device:N}) and scanner ({@code scanner.port}) and with the devices known to this workstation.
 *
 * <p>A device is known by its real path (links resolved, so a {@code by-id} link and its {@code ttyUSB0} are one
 * device) and, where the kernel tells, its name or USB ids. The first scan of a workstation records what is there
 * as its baseline ({@code DATA/devices/known.txt}; the installation's own devices, e.g. a laptop's built-in
 * camera). After that, each device that is neither configured nor known raises one incident and then joins the
 * known list, so it is reported once, not at every scan.
 */
public final class DeviceWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatch.class);
    public static final String KNOWN_FILE = "known.txt";
    private static final List<String> PREFIXES = List.of("video", "ttyUSB", "ttyACM");

    private final Set<String> configured;
    private final Path knownFile;
    private final List<Path> roots;
    private final Path sys;
    private final IncidentRegister incidents;

    /**
     * @param configured real paths of the configured devices
     * @param dir        where the known-device list lives
     * @param roots      device folders to look in ({@code /dev})
     * @param sys        the kernel's device information ({@code /sys}), for names and USB ids
     */
    public DeviceWatch(Set<String> configured, Path dir, List<Path> roots, Path sys, IncidentRegister incidents) {
        this.configured = Set.copyOf(configured);
        this.knownFile = dir.resolve(KNOWN_FILE);
        this.roots = List.copyOf(roots);
        this.sys = sys;
        this.incidents = incidents;
    }

    /** The watch of a configured workstation. */
    public static DeviceWatch of(WorkstationConfig config, Path dir, IncidentRegister incidents, List<Path> roots) {
        Set<String> configured = new LinkedHashSet<>();
        config.scanner().ifPresent(port -> configured.add(realPath(Path.of(port))));
        String camera = config.camera();
        if (camera.startsWith("device:")) {
            String index = camera.substring("device:".length()).trim();
            if (index.matches("\\d+")) {
                for (Path root : roots) {
                    configured.add(realPath(root.resolve("video" + index)));
                }
            }
        }
        return new DeviceWatch(configured, dir, roots, Path.of("/sys"), incidents);
    }

    /** One camera or serial device as found. */
    public record Device(String kind, String path, String description) {
        /** What the known list stores: the real path and what the kernel says it is. */
        String identity() {
            return path + (description.isEmpty() ? "" : " " + description);
        }
    }

    /** Every camera and serial device present now (links resolved, each device once). */
    public List<Device> present() {
        Map<String, Device> found = new LinkedHashMap<>();
        for (Path root : roots) {
            list(root).forEach(p -> add(found, p));
            list(root.resolve("serial").resolve("by-id")).forEach(p -> add(found, p));
        }
        return new ArrayList<>(found.values());
    }

    private void add(Map<String, Device> found, Path entry) {
        String name = entry.getFileName().toString();
        boolean byId = entry.getParent() != null && entry.getParent().getFileName() != null
                && entry.getParent().getFileName().toString().equals("by-id");
        if (!byId && PREFIXES.stream().noneMatch(name::startsWith)) {
            return;
        }
        String real = realPath(entry);
        String realName = Path.of(real).getFileName() == null ? name : Path.of(real).getFileName().toString();
        String kind = realName.startsWith("video") || name.startsWith("video") ? "camera" : "serial";
        found.putIfAbsent(real, new Device(kind, real, describe(kind, realName)));
    }

    /** The V4L2 name of a camera, the USB vendor:product and serial of a serial adapter, when the kernel has them. */
    private String describe(String kind, String name) {
        if (kind.equals("camera")) {
            return read(sys.resolve("class").resolve("video4linux").resolve(name).resolve("name")).orElse("");
        }
        Path device = sys.resolve("class").resolve("tty").resolve(name).resolve("device");
        if (!Files.exists(device)) {
            return "";
        }
        for (Path p = Path.of(realPath(device)); p != null && p.startsWith(sys); p = p.getParent()) {
            Optional<String> vendor = read(p.resolve("idVendor"));
            if (vendor.isPresent()) {
                return "usb " + vendor.get() + ":" + read(p.resolve("idProduct")).orElse("?")
                        + read(p.resolve("serial")).map(s -> " serial " + s).orElse("");
            }
        }
        return "";
    }

    /**
     * Looks at the devices present; raises an UNKNOWN_DEVICE incident for each one that is neither configured
     * nor known, and remembers it. The first scan of a workstation only records the baseline.
     *
     * @return the devices reported this time
     * @throws UncheckedIOException when the known list cannot be written
     */
    public synchronized List<Device> scan() {
        List<Device> present = present();
        try {
            if (!Files.exists(knownFile)) {
                Files.createDirectories(knownFile.getParent());
                List<String> lines = new ArrayList<>();
                lines.add("# devices present when this workstation first looked (its baseline); later ones were reported");
                present.forEach(d -> lines.add(d.identity()));
                Files.write(knownFile, lines, StandardCharsets.UTF_8);
                LOG.info("device baseline recorded: {} camera/serial devices", present.size());
                return List.of();
            }
            Set<String> known = new LinkedHashSet<>(Files.readAllLines(knownFile, StandardCharsets.UTF_8));
            List<Device> unknown = new ArrayList<>();
            for (Device d : present) {
                if (configured.contains(d.path()) || known.contains(d.identity())) {
                    continue;
                }
                unknown.add(d);
                Files.writeString(knownFile, d.identity() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                incidents.record(IncidentType.UNKNOWN_DEVICE, "devices", Finding.of("incident.device." + d.kind(),
                        d.description().isEmpty() ? d.path() : Finding.of("incident.device.described", d.path(), d.description()),
                        configured.isEmpty() ? Finding.of("incident.device.noneConfigured") : String.join(", ", configured)));
            }
            return unknown;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the known-device list " + knownFile + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        List<Path> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(all::add);
        } catch (IOException e) {
            LOG.warn("cannot list the devices in {}: {}", dir, e.getMessage());
        }
        return all;
    }

    private static String realPath(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
