package io.enrollment.app.cli;

import io.enrollment.app.BuildInfo;
import io.enrollment.core.cli.CliCommand;
import java.io.PrintStream;
import java.util.List;

/** {@code workstation version}. */
final class VersionCommand implements CliCommand {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the workstation's version";
    }

    @Override
    public String usage() {
        return "usage: workstation version\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("version: takes no arguments");
            err.print(usage());
            return USAGE;
        }
        out.println("enrollment-workstation " + BuildInfo.version() + " (Java " + Runtime.version() + ")");
        return OK;
    }
}
