package io.enrollment.app.cli;

import io.enrollment.app.selfcheck.RunningWorkstation;
import io.enrollment.app.selfcheck.SelfCheckContext;
import io.enrollment.app.selfcheck.SelfCheckRequests;
import io.enrollment.app.selfcheck.SelfCheckJson;
import io.enrollment.app.selfcheck.SelfCheckService;
import io.enrollment.app.selfcheck.SelfCheckTexts;
import io.enrollment.app.selfcheck.items.IntegrityCheck;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.core.selfcheck.SelfCheckReport;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.installer.schedule.SystemdUserTimer;
import io.enrollment.installer.schedule.WeeklySchedule;
import io.enrollment.installer.schedule.WindowsScheduledTask;
import io.enrollment.queue.QueueException;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.List;
import java.util.Set;

/**
 * {@code workstation selfcheck [--json] [--trigger WHY] [--config FILE | --demo]}: runs the self-check
 * (R-SELF-1), stores it, queues the signed report for the central system, anchors the audit trail, and prints
 * every item. Exit 0 when enrollment may go on, 1 when it is blocked, 2 on bad usage or configuration.
 */
public final class SelfCheckCommand implements CliCommand {
    private static final Set<String> TRIGGERS = Set.of("cli", "schedule", "startup", "operator");
    /** How long the command waits for a running workstation application to answer its request. */
    static final Duration GUI_WAIT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "selfcheck";
    }

    @Override
    public String summary() {
        return "check devices, QC engine, integrity, clock, storage and configuration; report it signed (R-SELF-1)";
    }

    @Override
    public String usage() {
        return "usage: workstation selfcheck [--json] [--trigger cli|schedule|startup|operator] [--wait SECONDS] [--config FILE | --demo]\n"
                + "       workstation selfcheck --install-schedule [--command PATH] [--config FILE | --demo]\n"
                + "  --json              the signed report's JSON document instead of text\n"
                + "  --trigger WHY       recorded in the report (the weekly job passes 'schedule')\n"
                + "  --install-schedule  register the weekly run: a systemd user timer on Linux (written to\n"
                + "                      ~/.config/systemd/user), a Task Scheduler XML and its schtasks command on Windows\n"
                + "  --command PATH      the workstation launcher the job runs (default: ./workstation of this installation)\n"
                + "  --wait SECONDS      while the workstation application runs, it runs the self-check for this command;\n"
                + "                      wait this long for its answer (default " + GUI_WAIT.toSeconds() + ")\n"
                + ConfigOption.usage()
                + "exit: 0 enrollment allowed, 1 enrollment blocked (a critical item failed), 2 bad usage or configuration\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean installSchedule = false;
        Path command = null;
        Path configFile = ConfigLoader.defaultPath();
        String trigger = "cli";
        Duration guiWait = GUI_WAIT;
        ConfigOption config = new ConfigOption();
        try {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--config") && i + 1 < args.size()) {
                    configFile = Path.of(args.get(i + 1));
                } else if (args.get(i).equals("--demo")) {
                    configFile = new DemoEnvironment(DemoEnvironment.defaultHome()).configFile();
                }
                int consumed = config.accept(args, i);
                if (consumed >= 0) {
                    i = consumed;
                } else if (args.get(i).equals("--json")) {
                    json = true;
                } else if (args.get(i).equals("--install-schedule")) {
                    installSchedule = true;
                } else if (args.get(i).equals("--command") && i + 1 < args.size()) {
                    command = Path.of(args.get(++i)).toAbsolutePath();
                } else if (args.get(i).equals("--trigger") && i + 1 < args.size() && TRIGGERS.contains(args.get(i + 1))) {
                    trigger = args.get(++i);
                } else if (args.get(i).equals("--wait") && i + 1 < args.size()) {
                    guiWait = Duration.ofSeconds(Long.parseLong(args.get(++i)));
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + args.get(i) + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("selfcheck: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        WorkstationConfig cfg;
        try {
            cfg = config.load();
        } catch (ConfigException e) {
            err.println("selfcheck: " + e.getMessage());
            return USAGE;
        }
        if (installSchedule) {
            return installSchedule(configFile, command, out, err);
        }
        if (RunningWorkstation.isRunning(cfg.dataDir())) {
            return askTheRunningApplication(cfg, trigger, json, guiWait, out, err);
        }
        try (SelfCheckContext ctx = SelfCheckContext.open(cfg, Clock.systemUTC(), SelfCheckContext.Options.running())) {
            SelfCheckService.Outcome outcome = ctx.service().run(trigger);
            String anchored;
            try {
                anchored = ctx.anchorAudit().map(h -> "audit trail anchored at " + h.substring(0, 12))
                        .orElse("audit trail not anchored: no workstation key");
            } catch (SigningException | IOException e) {
                anchored = "audit trail not anchored: " + e.getMessage();
            }
            if (json) {
                out.println(SelfCheckJson.text(outcome.report()));
            } else {
                printText(out, outcome, anchored);
            }
            return outcome.decision().allowed() ? OK : FAILED;
        } catch (IOException | QueueException e) {
            err.println("selfcheck: " + e.getMessage());
            return USAGE;
        }
    }

    private static void printText(PrintStream out, SelfCheckService.Outcome outcome, String anchored) {
        printItems(out, outcome.report());
        out.println(outcome.queued().map(q -> "Report queued for the central system as event " + q.id())
                .orElse("Report NOT queued: " + outcome.notQueuedReason().orElse("unknown")));
        out.println(anchored);
        printDecision(out, outcome.decision().allowed(),
                outcome.decision().reasons().stream().map(SelfCheckTexts.english()::render).toList(),
                outcome.decision().dueBy().map(d -> " (next self-check due by " + d + ")").orElse(""));
    }

    /**
     * The workstation application holds the queue and the audit trail (one writer each): it runs the self-check
     * for us. We drop a request in its data folder and print its answer.
     */
    private static int askTheRunningApplication(WorkstationConfig cfg, String trigger, boolean json, Duration wait,
                                                PrintStream out, PrintStream err) {
        SelfCheckRequests requests = new SelfCheckRequests(cfg.dataDir().resolve("selfcheck"));
        try {
            UUID id = requests.submit(trigger);
            if (!json) {
                out.println("The workstation application is running on " + cfg.dataDir() + ": it runs the self-check (request "
                        + id + ")");
                out.flush();
            }
            Optional<SelfCheckRequests.Result> answer = requests.await(id, wait);
            if (answer.isEmpty()) {
                err.println("selfcheck: the running workstation application did not answer within " + wait.toSeconds()
                        + " s (an enrollment in progress holds the check back); it runs the weekly self-check itself when due");
                return USAGE;
            }
            SelfCheckRequests.Result r = answer.get();
            Optional<SelfCheckReport> report = r.reportId() == null ? Optional.empty()
                    : readReport(cfg.dataDir().resolve("selfcheck").resolve("reports").resolve(r.reportId() + ".json"));
            if (json) {
                if (report.isEmpty()) {
                    err.println("selfcheck: report " + r.reportId() + " cannot be read");
                    return USAGE;
                }
                out.println(SelfCheckJson.text(report.get()));
            } else {
                if (report.isPresent()) {
                    printItems(out, report.get());
                } else {
                    out.println("Self-check " + r.reportId() + ": " + r.overall());
                }
                out.println(r.queued());
                out.println(r.anchored());
                printDecision(out, r.allowed(), r.reasons(), "");
            }
            return r.allowed() ? OK : FAILED;
        } catch (IOException e) {
            err.println("selfcheck: cannot ask the running workstation application: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return USAGE;
        }
    }

    private static Optional<SelfCheckReport> readReport(Path file) {
        try {
            return Optional.of(SelfCheckJson.decode(Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void printDecision(PrintStream out, boolean allowed, List<String> reasons, String due) {
        if (allowed) {
            out.println("Enrollment: allowed" + due);
        } else {
            out.println("Enrollment: BLOCKED");
            reasons.forEach(r -> out.println("  - " + r));
        }
        out.flush();
    }

    private static void printItems(PrintStream out, SelfCheckReport report) {
        out.println("Self-check " + report.id() + " of " + report.workstationId() + " ("
                + report.profileId() + "): " + report.overall());
        for (ItemResult item : report.items()) {
            out.printf("  %-5s %-13s %s%n", item.status(), item.item(), SelfCheckTexts.english().render(item.summary()));
            for (Measurement m : item.measurements()) {
                out.printf("          %s: %s%s%s%n", m.name(), m.value(), m.unit().isEmpty() ? "" : " " + m.unit(),
                        m.limit().isEmpty() ? "" : " (limit " + m.limit() + ")");
            }
            if (item.status() != ItemStatus.OK) {
                out.println("          remedy: " + SelfCheckTexts.english().render(item.remedy()));
            }
        }
    }

    private static int installSchedule(Path configFile, Path command, PrintStream out, PrintStream err) {
        Path launcher = command != null ? command : defaultLauncher();
        Path config = configFile.toAbsolutePath();
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        try {
            if (windows) {
                WindowsScheduledTask task = new WindowsScheduledTask(launcher.toString(), config.toString(), WeeklySchedule.DEFAULT);
                Path xml = config.resolveSibling("selfcheck-task.xml");
                Files.writeString(xml, task.taskXml(), StandardCharsets.UTF_8);
                out.println("Wrote " + xml + "; register it (as the workstation's user) with:");
                out.println("  " + String.join(" ", task.registerCommand(xml)));
            } else {
                SystemdUserTimer timer = new SystemdUserTimer(launcher, config, WeeklySchedule.DEFAULT);
                for (Path f : timer.writeTo(SystemdUserTimer.userUnitDir())) {
                    out.println("Wrote " + f);
                }
                out.println("Activate it (as the workstation's user; 'loginctl enable-linger' lets it run logged out):");
                SystemdUserTimer.activation().forEach(c -> out.println("  " + String.join(" ", c)));
            }
            return OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("selfcheck: cannot install the weekly schedule: " + e.getMessage());
            return USAGE;
        }
    }

    /** The {@code workstation} script of this checkout or installation ({@code app/target/../../workstation}). */
    private static Path defaultLauncher() {
        return IntegrityCheck.runningInstallation().map(d -> d.getParent().getParent().resolve("workstation"))
                .orElse(Path.of("workstation")).toAbsolutePath();
    }
}
