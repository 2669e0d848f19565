package io.enrollment.installer.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weekly self-check on Linux: a systemd <em>user</em> service + timer pair
 * ({@code enrollment-selfcheck.service}, {@code enrollment-selfcheck.timer}) running
 * {@code workstation selfcheck --trigger schedule --config FILE} as the workstation's own user, so that it reads
 * the same data folder and key as the application. Installed into {@code ~/.config/systemd/user} and enabled
 * with {@code systemctl --user enable --now enrollment-selfcheck.timer}; {@code loginctl enable-linger USER}
 * lets it run while nobody is logged in.
 */
public final class SystemdUserTimer {
    public static final String SERVICE = "enrollment-selfcheck.service";
    public static final String TIMER = "enrollment-selfcheck.timer";

    private final Path workstationCommand;
    private final Path configFile;
    private final WeeklySchedule schedule;

    /**
     * @param workstationCommand absolute path of the {@code workstation} launcher
     * @param configFile         absolute path of the workstation configuration
     * @throws IllegalArgumentException when a path is relative or holds characters a unit file cannot carry
     */
    public SystemdUserTimer(Path workstationCommand, Path configFile, WeeklySchedule schedule) {
        this.workstationCommand = absolute("workstation command", workstationCommand);
        this.configFile = absolute("configuration file", configFile);
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    private static Path absolute(String what, Path p) {
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException(what + " must be an absolute path for systemd: " + p);
        }
        String s = p.toString();
        if (s.contains("\n") || s.contains("\"") || s.contains("%") || s.contains("\\")) {
            throw new IllegalArgumentException(what + " contains a character systemd unit files cannot carry: " + s);
        }
        return p;
    }

    public String service() {
        return "# Written by the enrollment workstation installer: the weekly self-check (R-SELF-1).\n"
                + "[Unit]\n"
                + "Description=Enrollment workstation weekly self-check (R-SELF-1)\n"
                + "Documentation=file://" + configFile.getParent() + "\n"
                + "\n"
                + "[Service]\n"
                + "Type=oneshot\n"
                + "ExecStart=\"" + workstationCommand + "\" selfcheck --trigger schedule --config \"" + configFile + "\"\n"
                // exit 1 means "enrollment blocked": the check ran, and its report was queued
                + "SuccessExitStatus=1\n"
                + "Environment=WORKSTATION_SKIP_BUILD=1\n"
                + "Nice=10\n"
                + "TimeoutStartSec=15min\n";
    }

    public String timer() {
        return "# Written by the enrollment workstation installer: the weekly self-check (R-SELF-1).\n"
                + "[Unit]\n"
                + "Description=Weekly self-check of the enrollment workstation (R-SELF-1)\n"
                + "\n"
                + "[Timer]\n"
                + "OnCalendar=" + schedule.systemdDay() + " *-*-* " + schedule.time() + ":00\n"
                // a week missed while the machine was off runs at the next boot
                + "Persistent=true\n"
                + "RandomizedDelaySec=10min\n"
                + "Unit=" + SERVICE + "\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
    }

    /**
     * Writes both units into {@code dir} (normally {@code ~/.config/systemd/user}).
     *
     * @return the files written
     * @throws IOException when the folder cannot be written
     */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve(SERVICE), service(), StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve(TIMER), timer(), StandardCharsets.UTF_8));
        return files;
    }

    /**
     * The user unit folder of the current user ({@code $XDG_CONFIG_HOME/systemd/user}); the system property
     * {@code workstation.systemd.user-dir} overrides it (tests, packaging).
     */
    public static Path userUnitDir() {
        String override = System.getProperty("workstation.systemd.user-dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("systemd").resolve("user");
    }

    /** The commands that activate the timer once the units are written (printed for the administrator). */
    public static List<List<String>> activation() {
        return List.of(List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", TIMER));
    }
}
