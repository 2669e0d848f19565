package io.enrollment.app.cli;

import io.enrollment.core.cli.CliCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Dispatches {@code workstation SUBCOMMAND …} to the subcommand; unknown words print usage and exit 2. */
public final class WorkstationCli {
    private final List<CliCommand> commands;

    public WorkstationCli(List<CliCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    public WorkstationCli() {
        this(Commands.all());
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            if (args.length > 1) {
                Optional<CliCommand> c = find(args[1]);
                if (c.isPresent()) {
                    out.print(c.get().usage());
                    return CliCommand.OK;
                }
            }
            out.print(usage());
            return args.length == 0 ? CliCommand.USAGE : CliCommand.OK;
        }
        Optional<CliCommand> command = find(args[0]);
        if (command.isEmpty()) {
            err.println("workstation: unknown command '" + args[0] + "'");
            err.print(usage());
            return CliCommand.USAGE;
        }
        return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
    }

    private Optional<CliCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public String usage() {
        StringBuilder b = new StringBuilder("usage: workstation COMMAND [ARGS...]\n\ncommands:\n");
        for (CliCommand c : commands) {
            b.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        b.append(String.format("  %-10s %s%n", "help", "this text; 'help COMMAND' for a command's usage"));
        return b.toString();
    }
}
