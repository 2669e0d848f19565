package io.enrollment.app.cli;

import io.enrollment.app.Logging;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.shell.WorkstationWindow;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code workstation demo [--profile ru|kg] [--home DIR] [--close-after SECONDS]}: the workstation on embedded
 * defaults (demo devices, software token, local central simulator) with a DEMO banner.
 */
final class DemoCommand implements CliCommand {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "open the workstation on demo defaults (never touches a real configuration)";
    }

    @Override
    public String usage() {
        return "usage: workstation demo [--profile ru|kg] [--home DIR] [--close-after SECONDS]\n"
                + "  --home         demo folder (default $WORKSTATION_DEMO_HOME or ~/.enrollment-workstation/demo)\n"
                + "  --close-after  close the window after SECONDS (smoke tests of an installation)\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String profile = "ru";
        Path home = DemoEnvironment.defaultHome();
        Duration closeAfter = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--profile" -> profile = value(args, ++i);
                    case "--home" -> home = Path.of(value(args, ++i));
                    case "--close-after" -> closeAfter = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (!ProfileLoader.BUILT_IN.contains(profile)) {
                throw new IllegalArgumentException("unknown profile '" + profile + "' (ru or kg)");
            }
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        DemoEnvironment demo = new DemoEnvironment(home);
        WorkstationConfig config;
        try {
            config = demo.prepare(profile);
        } catch (IOException | ConfigException e) {
            err.println("demo: cannot prepare the demo folder " + home + ": " + e.getMessage());
            return USAGE;
        }
        Logging.start(config.logDir());
        String display = System.getenv("DISPLAY");
        boolean headlessToolkit = "Monocle".equals(System.getProperty("glass.platform"));
        if (!headlessToolkit && (display == null || display.isBlank()) && System.getenv("WAYLAND_DISPLAY") == null) {
            err.println("demo: no display: run it in a desktop session (or under xvfb-run)");
            return USAGE;
        }
        out.println("Demo workstation " + config.workstationId() + " (profile " + profile + "), folder " + demo.home());
        return WorkstationWindow.runUntilClosed(config, closeAfter);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }
}
