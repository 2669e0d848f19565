package io.enrollment.app.cli;

import io.enrollment.app.Logging;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.headless.HeadlessDemo;
import io.enrollment.app.shell.WorkstationWindow;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code workstation demo [--profile ru|kg] [--home DIR] [--close-after SECONDS]}: the workstation on embedded
 * defaults (demo devices, software token, local central simulator) with a DEMO banner.
 * {@code workstation demo --headless --enrollments N …}: N enrollments without a window ({@link HeadlessDemo}).
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
                + "       workstation demo --headless --enrollments N [--profile ru|kg] [--home DIR] [--timeout SECONDS]"
                + " [--central-from FILE]\n"
                + "  --home         demo folder (default $WORKSTATION_DEMO_HOME or ~/.enrollment-workstation/demo)\n"
                + "  --close-after  close the window after SECONDS (smoke tests of an installation)\n"
                + "  --headless     no window: N complete enrollments on the demo devices through the real pipeline,\n"
                + "                 sent to the central system; one line per enrollment and a summary\n"
                + "  --timeout      how long to wait for the central system's receipts after the last enrollment (default 300)\n"
                + "  --central-from send to the central system configured in this workstation configuration (central.url,\n"
                + "                 central.channel, central.certificate, tls.keystore…) instead of the demo's own simulator;\n"
                + "                 it must trust the demo officers' CA (HOME/cards/ca.pem)\n"
                + "exit status (headless): 0 all N delivered with verified receipts, 1 otherwise, 2 bad usage\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String profile = "ru";
        Path home = DemoEnvironment.defaultHome();
        Duration closeAfter = null;
        boolean headless = false;
        Integer enrollments = null;
        Duration timeout = Duration.ofSeconds(300);
        Path centralFrom = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--profile" -> profile = value(args, ++i);
                    case "--home" -> home = Path.of(value(args, ++i));
                    case "--close-after" -> closeAfter = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    case "--headless" -> headless = true;
                    case "--enrollments" -> enrollments = Integer.parseInt(value(args, ++i));
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    case "--central-from" -> centralFrom = Path.of(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (!ProfileLoader.BUILT_IN.contains(profile)) {
                throw new IllegalArgumentException("unknown profile '" + profile + "' (ru or kg)");
            }
            if (!headless && (enrollments != null || centralFrom != null || args.contains("--timeout"))) {
                throw new IllegalArgumentException("--enrollments, --timeout and --central-from go with --headless");
            }
            if (headless && closeAfter != null) {
                throw new IllegalArgumentException("--close-after is for the window; --headless has none");
            }
            if (headless && enrollments == null) {
                throw new IllegalArgumentException("--headless needs --enrollments N");
            }
        } catch (IllegalArgumentException e) { // NumberFormatException included: a count or a time that is not a number
            err.println("demo: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        if (headless) {
            return headless(profile, home, enrollments, timeout, centralFrom, out, err);
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

    private static int headless(String profile, Path home, int enrollments, Duration timeout, Path centralFrom,
                                PrintStream out, PrintStream err) {
        HeadlessDemo.Options options;
        try {
            options = new HeadlessDemo.Options(profile, home, enrollments, timeout);
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            err.print(new DemoCommand().usage());
            return USAGE;
        }
        Optional<HeadlessDemo.Central> central = Optional.empty();
        if (centralFrom != null) {
            try {
                WorkstationConfig cfg = ConfigLoader.load(centralFrom);
                central = Optional.of(new HeadlessDemo.Central(CentralConnection.channel(cfg, ""),
                        cfg.transmission().centralCertificate(), "the central system configured in " + centralFrom + " at "
                        + cfg.centralUrl() + " (" + cfg.channel() + " channel)"));
            } catch (ConfigException e) {
                err.println("demo: " + e.getMessage());
                return USAGE;
            } catch (IOException | GeneralSecurityException e) {
                err.println("demo: cannot reach the central system configured in " + centralFrom + ": " + e.getMessage());
                return USAGE;
            }
        }
        return HeadlessDemo.run(options, central, out, err);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }
}
