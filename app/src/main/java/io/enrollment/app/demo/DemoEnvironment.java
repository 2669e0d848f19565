package io.enrollment.app.demo;

import io.enrollment.installer.ConfigException;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The demo's own home: its configuration, data and logs live there, so a demo never touches a real
 * workstation's configuration ({@link ConfigLoader#defaultPath()}).
 */
public final class DemoEnvironment {
    /** The PIN of the demo's software token; shown on the DEMO banner so that a newcomer can log in. */
    public static final String DEMO_PIN = "740519";

    private final Path home;

    public DemoEnvironment(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** {@code $WORKSTATION_DEMO_HOME}, or {@code ~/.enrollment-workstation/demo}. */
    public static Path defaultHome() {
        String env = System.getenv("WORKSTATION_DEMO_HOME");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".enrollment-workstation", "demo");
    }

    public Path home() {
        return home;
    }

    public Path configFile() {
        return home.resolve("workstation.properties");
    }

    /**
     * Where the demo camera's portraits come from when its folder is empty: {@code $WORKSTATION_DEMO_FACES},
     * else the team's shared test photographs beside the repository ({@code shared/testdata/faces} in a folder
     * above the application's jar), else nowhere.
     */
    static Path facesSource() {
        String env = System.getenv("WORKSTATION_DEMO_FACES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path code = Path.of(DemoEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                Path candidate = p.resolve("shared").resolve("testdata").resolve("faces");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Path.of("shared", "testdata", "faces");
        }
        return Path.of("shared", "testdata", "faces");
    }

    /**
     * Fills an empty camera folder: three portraits with the head turned (they fail R-FACE-2, yaw: a failing
     * capture, then a rejected capture for the supervisor) and two frontal ones that pass. Without the photographs the folder stays empty and the
     * face step says so; put JPEG portraits there.
     */
    private static void seedCamera(Path camera) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(camera)) {
            if (files.anyMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jpe?g|png)"))) {
                return;
            }
        }
        Path faces = facesSource();
        String[][] frames = {{"neutral_left_3quarter", "001_02.jpg"}, {"neutral_left_3quarter", "002_02.jpg"},
            {"neutral_left_3quarter", "003_02.jpg"}, {"neutral_front", "001_03.jpg"}, {"neutral_front", "002_03.jpg"}};
        for (int i = 0; i < frames.length; i++) {
            Path from = faces.resolve(frames[i][0]).resolve(frames[i][1]);
            if (Files.isRegularFile(from)) {
                Files.copy(from, camera.resolve(String.format("frame-%02d.jpg", i + 1)));
            }
        }
    }

    /**
     * Writes the demo configuration for {@code profile} (every start, so that an old demo home follows the
     * current defaults) and loads it through the same validation as a real one.
     */
    public WorkstationConfig prepare(String profile) throws IOException, ConfigException {
        if (home.equals(ConfigLoader.defaultPath().getParent())) {
            throw new IllegalArgumentException("the demo home may not be the real configuration folder " + home);
        }
        Files.createDirectories(home.resolve("camera"));
        seedCamera(home.resolve("camera"));
        Properties p = new Properties();
        p.setProperty("demo", "true");
        p.setProperty("workstation.id", "DEMO-" + profile.toUpperCase(java.util.Locale.ROOT) + "-01");
        p.setProperty("workstation.place", "ru".equals(profile)
                ? "Demo branch, Tverskaya ul. 1, Moscow" : "Demo field team, Chui avenue 1, Bishkek");
        p.setProperty("workstation.zone", "ru".equals(profile) ? "Europe/Moscow" : "Asia/Bishkek");
        p.setProperty("profile", profile);
        p.setProperty("data.dir", "data");
        p.setProperty("camera", "folder:camera");
        p.setProperty("microphone", "device:default");
        if ("kg".equals(profile)) {
            p.setProperty("scanner.port", home.resolve("scanner.pty").toString());
        }
        p.setProperty("central.url", "https://127.0.0.1:8443");
        p.setProperty("token.software", "demo-token.p12");
        try (Writer w = Files.newBufferedWriter(configFile(), StandardCharsets.UTF_8)) {
            p.store(w, "Demo workstation: written by './workstation demo'; edits are overwritten at the next demo start");
        }
        return ConfigLoader.load(configFile());
    }
}
