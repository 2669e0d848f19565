package io.enrollment.app.demo;

import io.enrollment.installer.ConfigException;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own home: its configuration, data and logs live there, so a demo never touches a real
 * workstation's configuration ({@link ConfigLoader#defaultPath()}).
 */
public final class DemoEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);
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
     * Where the portraits for the demo video come from: {@code $WORKSTATION_DEMO_FACES}, else the team's shared
     * test photographs beside the repository ({@code shared/testdata/faces} in a folder above the application's
     * jar), else nowhere.
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

    /** The folder of the person's own portraits; when it holds any, the demo camera plays them instead of the video. */
    public Path cameraImages() {
        return home.resolve("camera-images");
    }

    /**
     * The fingerprint images the demo scanner serves (PNG, BMP, JPEG or PGM at 500 ppi, in name order, round robin)
     * when this folder of the demo's data holds any when the workstation starts — to show how a finger presented
     * twice is refused, say; otherwise it makes a new synthetic finger for every scan.
     */
    public static Path scannerPrints(WorkstationConfig config) {
        return config.dataDir().resolve("scanner-prints");
    }

    /**
     * The demo camera's source: the portraits put in {@link #cameraImages()}, else the demo video (made at build
     * time beside the application, or here from the portraits found), else — saying why on the log and in the
     * camera's own picture — the image folder with one picture that tells what to do.
     */
    String cameraSource() throws IOException {
        Path images = cameraImages();
        Files.createDirectories(images);
        Path notice = images.resolve(NoVideoNotice.FILE_NAME);
        if (hasOwnImages(images)) {
            Files.deleteIfExists(notice);
            return "folder:" + home.relativize(images);
        }
        Optional<Path> video = demoVideo();
        if (video.isPresent()) {
            Files.deleteIfExists(notice);
            return "file:" + video.get();
        }
        String why = DemoVideo.missing(facesSource()).orElse("it could not be made (see the log)");
        LOG.warn("DEMO: the demo camera has no video ({}); it shows a notice instead. Put JPEG portraits in {}", why, images);
        NoVideoNotice.write(notice, why, images);
        return "folder:" + home.relativize(images);
    }

    private static boolean hasOwnImages(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(NoVideoNotice.FILE_NAME))
                    .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jpe?g|png)"));
        }
    }

    /**
     * {@code $WORKSTATION_DEMO_VIDEO}; else the video the build made beside the application
     * ({@code app/target/demo/demo-face.mp4}); else one made earlier in the demo home; else one made there now
     * from the portraits of {@link #facesSource()}; else empty.
     */
    Optional<Path> demoVideo() {
        String env = System.getenv("WORKSTATION_DEMO_VIDEO");
        if (env != null && !env.isBlank() && Files.isRegularFile(Path.of(env))) {
            return Optional.of(Path.of(env).toAbsolutePath());
        }
        Optional<Path> built = besideApplication().map(dir -> dir.resolve("demo").resolve(DemoVideo.FILE_NAME)).filter(Files::isRegularFile);
        if (built.isPresent()) {
            return built;
        }
        Path own = home.resolve(DemoVideo.FILE_NAME);
        if (Files.isRegularFile(own)) {
            return Optional.of(own);
        }
        if (DemoVideo.missing(facesSource()).isPresent()) {
            return Optional.empty();
        }
        try {
            LOG.info("DEMO: making the demo camera's video from the portraits in {}", facesSource());
            DemoVideo.make(facesSource(), own);
            return Optional.of(own);
        } catch (IOException | RuntimeException e) { // the demo runs on without a video; the camera says so
            LOG.warn("DEMO: the demo video could not be made: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The folder holding the application's jar (or, in a build, its classes): {@code app/target}. */
    private static Optional<Path> besideApplication() {
        try {
            Path code = Path.of(DemoEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.getParent());
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
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
        Properties p = new Properties();
        p.setProperty("demo", "true");
        p.setProperty("workstation.id", "DEMO-" + profile.toUpperCase(java.util.Locale.ROOT) + "-01");
        p.setProperty("workstation.place", "ru".equals(profile)
                ? "Demo branch, Tverskaya ul. 1, Moscow" : "Demo field team, Chui avenue 1, Bishkek");
        p.setProperty("workstation.zone", "ru".equals(profile) ? "Europe/Moscow" : "Asia/Bishkek");
        p.setProperty("profile", profile);
        p.setProperty("data.dir", "data");
        p.setProperty("camera", cameraSource());
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
