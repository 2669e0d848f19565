package io.enrollment.qc.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.QualityReportJson;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code workstation qc face|voice|finger FILE… [--profile ru|kg] [--json] [modality options]}: checks stored
 * samples and prints per-rule verdicts. Exit 0 when every file passes, 1 when any fails, 2 on bad usage or
 * unreadable input (one line on stderr per unreadable file).
 */
public final class QcCommand implements CliCommand {
    /** Larger inputs are refused before they are read, so a huge file cannot exhaust memory. */
    static final long MAX_FILE_BYTES = 256L << 20;
    private static final ObjectWriter JSON = new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final Map<String, SampleChecker> checkers = new LinkedHashMap<>();

    public QcCommand(List<SampleChecker> checkers) {
        checkers.forEach(c -> this.checkers.put(c.modality().code(), c));
    }

    @Override
    public String name() {
        return "qc";
    }

    @Override
    public String summary() {
        return "check stored samples against the profile's quality rules (" + String.join(", ", checkers.keySet()) + ")";
    }

    @Override
    public String usage() {
        StringBuilder b = new StringBuilder();
        for (SampleChecker c : checkers.values()) {
            b.append("usage: workstation qc ").append(c.modality().code())
                    .append(" FILE... [--profile ru|kg] [--json]").append(c.optionsUsage().isEmpty() ? "" : " " + c.optionsUsage())
                    .append('\n');
        }
        if (checkers.isEmpty()) {
            b.append("usage: workstation qc MODALITY FILE... (no quality checker is installed)\n");
        }
        b.append("without --profile: the first profile that collects the modality (ru for face and voice, kg for finger)\n");
        b.append("exit status: 0 none fails (NOT_VERIFIED rules need a person: see the verdicts), 1 any fails,"
                + " 2 bad usage or unreadable input\n");
        return b.toString();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !checkers.containsKey(args.get(0))) {
            err.println(args.isEmpty() ? "qc: which modality? (" + String.join(", ", checkers.keySet()) + ")"
                    : "qc: unknown modality '" + args.get(0) + "' (" + String.join(", ", checkers.keySet()) + ")");
            err.print(usage());
            return USAGE;
        }
        SampleChecker checker = checkers.get(args.get(0));
        Parsed parsed;
        try {
            parsed = Parsed.parse(args.subList(1, args.size()), checker);
        } catch (IllegalArgumentException e) {
            err.println("qc: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        Profile profile;
        try {
            profile = ProfileLoader.builtIn(parsed.profile);
        } catch (IllegalArgumentException e) {
            err.println("qc: " + e.getMessage());
            return USAGE;
        }
        if (!profile.requires(checker.modality())) {
            err.println("qc: note: profile " + profile.id() + " does not collect " + checker.modality().code()
                    + "; checking against its thresholds anyway");
        }
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        boolean anyFail = false;
        boolean anyError = false;
        for (String file : parsed.files) {
            ObjectNode result = results.addObject();
            result.put("file", file);
            result.put("modality", checker.modality().code());
            result.put("profile", profile.id());
            try {
                QualityReport report = checker.check(read(Path.of(file)), profile, parsed.options);
                Verdict verdict = report.verdict();
                result.put("verdict", verdict.name());
                result.set("checks", QualityReportJson.checks(report.checks()));
                result.put("guidance", report.guidance());
                anyFail |= verdict == Verdict.FAIL;
                if (!parsed.json) {
                    printText(out, file, report);
                }
            } catch (UnreadableSampleException e) {
                result.put("verdict", "ERROR");
                result.put("error", e.getMessage());
                err.println("qc: " + file + ": " + e.getMessage());
                anyError = true;
            }
        }
        if (parsed.json) {
            try {
                out.println(JSON.writeValueAsString(results.size() == 1 ? results.get(0) : results));
            } catch (IOException e) {
                throw new IllegalStateException("JSON of plain nodes cannot fail", e);
            }
        }
        return anyError ? USAGE : anyFail ? FAILED : OK;
    }

    private static byte[] read(Path file) throws UnreadableSampleException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableSampleException("is a directory");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableSampleException("file is empty (0 bytes)");
            }
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableSampleException("file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableSampleException("no such file");
        } catch (IOException e) {
            throw new UnreadableSampleException("cannot read: " + e.getMessage(), e);
        }
    }

    private static void printText(PrintStream out, String file, QualityReport report) {
        out.println(file + ": " + report.verdict());
        for (CheckResult c : report.checks()) {
            String value = Double.isNaN(c.measured()) ? "—" : format(c.measured());
            out.printf(Locale.ROOT, "  %-12s %-6s %-28s %10s %s %s %s%n", c.id(), c.verdict() == Verdict.NOT_VERIFIED ? "CHECK" : c.verdict(),
                    c.name(), value, c.comparison().symbol(), format(c.threshold()), c.unit());
        }
        if (!report.guidance().isEmpty()) {
            out.println("  → " + report.guidance());
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The command line after the modality word. */
    private record Parsed(List<String> files, String profile, boolean json, Map<String, String> options) {
        static Parsed parse(List<String> args, SampleChecker checker) {
            List<String> files = new ArrayList<>();
            // Without --profile: the first built-in profile that collects this modality (kg for fingerprints).
            String profile = ProfileLoader.BUILT_IN.stream()
                    .filter(id -> ProfileLoader.builtIn(id).requires(checker.modality())).findFirst().orElse("ru");
            boolean json = false;
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!a.startsWith("--")) {
                    files.add(a);
                    continue;
                }
                String name = a.substring(2);
                if (name.equals("json")) {
                    json = true;
                } else if (name.equals("profile")) {
                    profile = value(args, ++i, a);
                } else if (checker.options().containsKey(name)) {
                    options.put(name, checker.options().get(name) ? value(args, ++i, a) : "true");
                } else {
                    throw new IllegalArgumentException("unknown option " + a + " for " + checker.modality().code()
                            + (checker.options().isEmpty() ? "" : " (known: " + checker.options().keySet().stream()
                            .map(o -> "--" + o).collect(Collectors.joining(", ")) + ")"));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no file given");
            }
            return new Parsed(files, profile, json, options);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
