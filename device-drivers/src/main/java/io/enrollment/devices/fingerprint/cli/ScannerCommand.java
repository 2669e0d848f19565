package io.enrollment.devices.fingerprint.cli;

import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.PrintImages;
import io.enrollment.devices.fingerprint.R30xScanner;
import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerSettings;
import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.FaultMode;
import io.enrollment.devices.fingerprint.emulator.FolderPrintSource;
import io.enrollment.devices.fingerprint.emulator.PrintSource;
import io.enrollment.devices.fingerprint.emulator.ScannerEmulator;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code workstation scanner emulate --port PATH [--images DIR] [--fault MODE[:COUNT]] [--seed N] [--same-finger]}
 * runs the R30x/AS608 emulator on a serial path; {@code workstation scanner capture --port PATH --out FILE.png
 * [--baud N] [--wait SECONDS] [--read-timeout MS]} takes one print through the real driver (the field engineer's
 * device test). Exit 0 on success, 1 when the scanner failed, 2 on bad usage.
 */
public final class ScannerCommand implements CliCommand {
    private static final Set<String> FLAGS = Set.of("same-finger", "no-product-info");
    private static final Set<String> VALUED = Set.of("port", "images", "fault", "seed", "out", "baud", "wait", "read-timeout");

    @Override
    public String name() {
        return "scanner";
    }

    @Override
    public String summary() {
        return "fingerprint scanner: capture one print through the driver, or run the scanner emulator";
    }

    @Override
    public String usage() {
        return "usage: workstation scanner capture --port PATH --out FILE.png [--baud 57600] [--wait 15] [--read-timeout 1000]\n"
                + "       workstation scanner emulate --port PATH [--images DIR] [--fault MODE[:COUNT]] [--seed N]"
                + " [--same-finger] [--no-product-info]\n"
                + "  fault modes: none, bad-checksum, dropped-packet, stall, truncated-packet, garbage, silence (COUNT image transfers, default 1)\n"
                + "exit status: 0 success, 1 scanner failure, 2 bad usage\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !(args.get(0).equals("capture") || args.get(0).equals("emulate"))) {
            err.println(args.isEmpty() ? "scanner: capture or emulate?" : "scanner: unknown action '" + args.get(0) + "'");
            err.print(usage());
            return USAGE;
        }
        Map<String, String> options;
        try {
            options = parse(args.subList(1, args.size()));
            if (!options.containsKey("port")) {
                throw new IllegalArgumentException("--port PATH is required");
            }
            return args.get(0).equals("capture") ? capture(options, out, err) : emulate(options, out, err);
        } catch (IllegalArgumentException e) {
            err.println("scanner: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
    }

    private int capture(Map<String, String> o, PrintStream out, PrintStream err) {
        if (!o.containsKey("out")) {
            throw new IllegalArgumentException("--out FILE.png is required");
        }
        Path target = Path.of(o.get("out"));
        ScannerSettings settings = ScannerSettings.defaults()
                .withBaudRate(intOption(o, "baud", 57_600))
                .withReadTimeout(Duration.ofMillis(intOption(o, "read-timeout", 1000)));
        Duration wait = Duration.ofSeconds(intOption(o, "wait", 15));
        try (R30xScanner scanner = R30xScanner.open(o.get("port"), settings)) {
            DeviceInfo info = scanner.deviceInfo();
            out.println("scanner: " + info.model() + (info.serial().isEmpty() ? "" : ", serial " + info.serial()));
            out.println("  " + info.driverVersion());
            out.println("place a finger on the scanner (waiting up to " + wait.toSeconds() + " s)...");
            long start = System.nanoTime();
            int[] lastPercent = {-1};
            GreyImage image = scanner.capture(wait, (received, expected) -> {
                int percent = received * 100 / expected;
                if (percent / 25 != lastPercent[0] / 25) {
                    out.println("  transfer " + percent + " %");
                    lastPercent[0] = percent;
                }
            });
            long millis = (System.nanoTime() - start) / 1_000_000;
            Files.write(target, PrintImages.png(image, R30xScanner.DPI));
            DeviceInfo after = scanner.deviceInfo();
            out.println("wrote " + target + " (" + image.width() + "×" + image.height() + " px, " + R30xScanner.DPI
                    + " ppi) in " + millis + " ms; scanner health " + after.health() + " (" + after.healthDetail() + ")");
            return OK;
        } catch (ScannerException e) {
            err.println("scanner: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("scanner: cannot write " + target + ": " + e.getMessage());
            return FAILED;
        }
    }

    private int emulate(Map<String, String> o, PrintStream out, PrintStream err) {
        EmulatorSettings settings = EmulatorSettings.defaults();
        if (o.containsKey("no-product-info")) {
            settings = settings.withoutProductInfo();
        }
        if (o.containsKey("fault")) {
            String[] parts = o.get("fault").split(":", 2);
            int count = parts.length > 1 ? parseInt(parts[1], "--fault COUNT") : 1;
            settings = settings.withFault(FaultMode.parse(parts[0]), count);
        }
        PrintSource source;
        if (o.containsKey("images")) {
            try {
                source = new FolderPrintSource(Path.of(o.get("images")));
            } catch (IOException e) {
                err.println("scanner: " + e.getMessage());
                return USAGE;
            }
        } else {
            source = new SyntheticPrintSource(intOption(o, "seed", 1), o.containsKey("same-finger"));
        }
        try (JSerialCommLink link = JSerialCommLink.open(o.get("port"), 57_600)) {
            ScannerEmulator emulator = new ScannerEmulator(link, source, settings, out);
            out.println("emulator: R30x/AS608 on " + o.get("port") + " serving " + source.describe()
                    + (settings.fault() == FaultMode.NONE ? "" : "; fault " + settings.fault().label() + " × " + settings.faultCount())
                    + "; stop with Ctrl-C");
            out.flush();
            emulator.run();
            return OK;
        } catch (ScannerException e) {
            err.println("scanner: emulator stopped: " + e.getMessage());
            return FAILED;
        }
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (FLAGS.contains(name)) {
                o.put(name, "true");
            } else if (VALUED.contains(name)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                o.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return o;
    }

    private static int intOption(Map<String, String> o, String name, int fallback) {
        return o.containsKey(name) ? parseInt(o.get(name), "--" + name) : fallback;
    }

    private static int parseInt(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, was '" + text + "'", e);
        }
    }
}
