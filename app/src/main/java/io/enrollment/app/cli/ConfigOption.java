package io.enrollment.app.cli;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --config FILE} / {@code --demo} options shared by commands that act on a workstation's data:
 * the real configuration by default, the demo's with {@code --demo}.
 */
final class ConfigOption {
    private Path file = ConfigLoader.defaultPath();

    /** Consumes the option at {@code i} if it is one; returns the index of the last argument consumed. */
    int accept(List<String> args, int i) {
        switch (args.get(i)) {
            case "--config" -> {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--config needs a file");
                }
                file = Path.of(args.get(i + 1));
                return i + 1;
            }
            case "--demo" -> {
                file = new DemoEnvironment(DemoEnvironment.defaultHome()).configFile();
                return i;
            }
            default -> {
                return -1;
            }
        }
    }

    WorkstationConfig load() throws ConfigException {
        return ConfigLoader.load(file);
    }

    static String usage() {
        return "  --config FILE  the workstation's configuration (default " + ConfigLoader.defaultPath() + ")\n"
                + "  --demo         the demo workstation's configuration\n";
    }
}
