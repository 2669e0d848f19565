package io.enrollment.app.cli;

import io.enrollment.central.cli.CentralCommand;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.qc.QcCheckers;
import io.enrollment.devices.fingerprint.cli.ScannerCommand;
import io.enrollment.qc.cli.QcCommand;
import io.enrollment.signing.cli.SignCommand;
import java.util.List;

/** Every subcommand of {@code workstation}, in the order {@code help} lists them. */
final class Commands {
    private Commands() {
    }

    static List<CliCommand> all() {
        return List.of(
                new DemoCommand(),
                new QcCommand(QcCheckers.all()),
                new SignCommand(),
                new ScannerCommand(),
                new QueueCommand(),
                new CentralCommand(),
                new SelfCheckCommand(),
                new AuditCommand(),
                new VersionCommand());
    }
}
