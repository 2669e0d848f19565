package io.enrollment.app.selfcheck;

import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every item in order; an item that crashes is a FAIL of that item, and the run goes on. */
public final class SelfCheckRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckRunner.class);

    private final String workstationId;
    private final String profileId;
    private final List<SelfCheckItem> items;
    private final Clock clock;

    public SelfCheckRunner(String workstationId, String profileId, List<SelfCheckItem> items, Clock clock) {
        this.workstationId = workstationId;
        this.profileId = profileId;
        this.items = List.copyOf(items);
        this.clock = clock;
    }

    public List<SelfCheckItem> items() {
        return items;
    }

    /** Told before each item runs (for a progress bar); must be quick and must not throw. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (index, total, item) -> { };

        /**
         * @param index the item about to run, from 0; {@code total} when every item ran
         */
        void at(int index, int total, String item);
    }

    public SelfCheckReport run(String trigger) {
        return run(trigger, Progress.NONE);
    }

    public SelfCheckReport run(String trigger, Progress progress) {
        Instant start = clock.instant();
        List<ItemResult> results = new ArrayList<>();
        for (SelfCheckItem item : items) {
            progress.at(results.size(), items.size(), item.id());
            long t0 = System.nanoTime();
            ItemResult r;
            try {
                r = item.run();
            } catch (RuntimeException e) {
                // the edge of the self-check: a crash in one item must not hide the others
                LOG.error("self-check item {} crashed", item.id(), e);
                r = ItemResult.fail(item.id(), Finding.of("runner.crashed", String.valueOf(e)), List.of(),
                        Finding.of("runner.remedy.support", e.getClass().getSimpleName()));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            List<Measurement> m = new ArrayList<>(r.measurements());
            m.add(Measurement.of("duration", ms, "ms"));
            results.add(r.withMeasurements(m));
            LOG.info("self-check {}: {} — {}", r.item(), r.status(), SelfCheckTexts.english().render(r.summary()));
        }
        progress.at(items.size(), items.size(), "");
        Instant end = clock.instant();
        return new SelfCheckReport(UUID.randomUUID(), workstationId, profileId, start, end.isBefore(start) ? start : end,
                trigger, results);
    }
}
