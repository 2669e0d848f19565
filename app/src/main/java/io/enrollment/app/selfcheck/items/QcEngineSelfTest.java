package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.ReferenceCase;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Quality-control engine self-test: the built-in reference samples must get their known verdicts from the
 * real checkers under the workstation's profile. A broken or missing model file, a wrong threshold or a
 * broken decoder shows up here as a mismatch or an error.
 */
public final class QcEngineSelfTest implements SelfCheckItem {
    private final Profile profile;
    private final List<SampleChecker> checkers;
    private final Supplier<List<ReferenceCase>> cases;

    public QcEngineSelfTest(Profile profile, List<SampleChecker> checkers, Supplier<List<ReferenceCase>> cases) {
        this.profile = profile;
        this.checkers = List.copyOf(checkers);
        this.cases = cases;
    }

    @Override
    public String id() {
        return "qc-engine";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        List<ReferenceCase> all = cases.get();
        long modalities = profile.requiredModalities().size();
        long covered = all.stream().map(ReferenceCase::modality).distinct().count();
        if (covered < modalities) {
            problems.add(Finding.of("qc.modalitiesMissing", covered, modalities));
        }
        for (ReferenceCase c : all) {
            Optional<SampleChecker> checker = checkers.stream().filter(k -> k.modality() == c.modality()).findFirst();
            if (checker.isEmpty()) {
                problems.add(Finding.of("qc.noChecker", c.name(), Finding.of("modality." + c.modality().name())));
                continue;
            }
            QualityReport report;
            try {
                report = checker.get().check(c.data(), profile, c.options());
            } catch (UnreadableSampleException e) {
                problems.add(Finding.of("qc.unreadable", c.name(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                // a model that does not load surfaces as an unchecked exception from the engine
                problems.add(Finding.of("qc.engineFailed", c.name(), e.getMessage()));
                continue;
            }
            int agree = 0;
            for (Map.Entry<String, Verdict> expected : c.expected().entrySet()) {
                Optional<CheckResult> got = report.check(expected.getKey());
                if (got.isEmpty()) {
                    problems.add(Finding.of("qc.notReported", c.name(), expected.getKey()));
                } else if (got.get().verdict() != expected.getValue()) {
                    problems.add(Finding.of("qc.wrongVerdict", c.name(), expected.getKey(),
                            Finding.of("verdict." + got.get().verdict().name()), got.get().measured(), got.get().unit(),
                            Finding.of("verdict." + expected.getValue().name())));
                } else {
                    agree++;
                }
            }
            m.add(Measurement.against(c.name(), agree + "/" + c.expected().size(), "all", "verdicts as expected"));
        }
        if (!problems.isEmpty()) {
            return ItemResult.fail(id(), Finding.of("qc.failed", Finding.list(problems)), m, Finding.of("qc.remedy.reinstall"));
        }
        return ItemResult.ok(id(), Finding.of("qc.ok", all.size()), m);
    }
}
