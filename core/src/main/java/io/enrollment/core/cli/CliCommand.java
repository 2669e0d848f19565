package io.enrollment.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code workstation} command line. Each module contributes its own
 * (quality control: {@code qc}; signing: {@code sign}; …) and the app only dispatches.
 *
 * <p>Exit codes are shared by every command: 0 success, 1 the check ran and failed, 2 bad usage
 * or unreadable input (with a one-line reason on {@code err}).
 */
public interface CliCommand {
    int OK = 0;
    int FAILED = 1;
    int USAGE = 2;

    /** The word after {@code workstation}, e.g. {@code qc}. */
    String name();

    /** One line for {@code workstation help}. */
    String summary();

    /** Full usage text, printed on bad usage. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
