package io.enrollment.app.shell;

import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.selfcheck.SelfCheckRequests;
import io.enrollment.app.selfcheck.SelfCheckRuns;
import io.enrollment.app.selfcheck.SelfCheckService;
import io.enrollment.app.selfcheck.SelfCheckTexts;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the running application does by itself besides the screens: the self-check at start-up when due, the
 * weekly self-check (a day before the gate would block, never in the middle of an enrollment), the weekly job's
 * requests ({@link SelfCheckRequests}: the job cannot open the queue while the application holds it), the audit of
 * deliveries and the incidents' report status, and the unknown-device scan.
 */
public final class WorkstationDuties implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationDuties.class);
    /** The application runs the weekly self-check this long before the last one goes stale. */
    static final Duration WEEKLY_MARGIN = Duration.ofDays(1);
    private static final long POLL_SECONDS = 2;
    private static final long DEVICE_SCAN_SECONDS = 30;
    private static final long WEEKLY_CHECK_MINUTES = 10;

    private final Workstation ws;
    private final SelfCheckRuns runs;
    private final TaskExecutor executor;
    private final BooleanSupplier enrolling;
    private final SelfCheckRequests requests;
    private final Deque<UUID> claimed = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile String lastAnchor = "";
    private final List<ScheduledFuture<?>> tasks;

    /**
     * Starts the duties on {@code scheduler}; each hops to the UI thread through {@code executor} where it touches
     * the runs.
     *
     * @param enrolling whether an enrollment is open (scheduled and requested self-checks wait for its end)
     */
    public WorkstationDuties(Workstation ws, TaskExecutor executor, ScheduledExecutorService scheduler,
                             BooleanSupplier enrolling) {
        this.ws = ws;
        this.runs = new SelfCheckRuns(executor, this::runOnce);
        this.executor = executor;
        this.enrolling = enrolling;
        this.requests = new SelfCheckRequests(ws.config().dataDir().resolve("selfcheck"));
        this.tasks = List.of(
                scheduler.scheduleWithFixedDelay(this::pollStores, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS),
                scheduler.scheduleWithFixedDelay(this::scanDevices, 0, DEVICE_SCAN_SECONDS, TimeUnit.SECONDS),
                scheduler.scheduleWithFixedDelay(() -> executor.onUiThread(this::weekly), WEEKLY_CHECK_MINUTES,
                        WEEKLY_CHECK_MINUTES, TimeUnit.MINUTES));
    }

    /** The self-check runs of this application (screen, status bar, gate). */
    public SelfCheckRuns runs() {
        return runs;
    }

    /** One run: the self-check (report stored, incidents, signed report queued), then the trail anchored. */
    private SelfCheckService.Outcome runOnce(String trigger, io.enrollment.app.selfcheck.SelfCheckRunner.Progress progress) {
        SelfCheckService.Outcome outcome = ws.records().selfCheck().service().run(trigger, progress);
        lastAnchor = ws.records().anchoring().withWorkstationKey().map(r -> "audit trail anchored at record " + r.sequence())
                .orElse("audit trail not anchored: no usable workstation key");
        return outcome;
    }

    /** At start-up: runs the self-check when none ran or the last is stale (call on the UI thread). */
    public boolean startupCheck() {
        if (!ws.records().selfCheck().service().dueAtStartup()) {
            return false;
        }
        LOG.info("the last self-check is missing or older than the profile allows: running it at start-up");
        return runs.start("startup", outcome -> { });
    }

    private void weekly() {
        if (!enrolling.getAsBoolean() && ws.records().selfCheck().service().dueWithin(WEEKLY_MARGIN)) {
            LOG.info("weekly self-check due: running it");
            runs.start("schedule", outcome -> { });
        }
    }

    /** Background: deliveries audited, incident statuses followed, the job's requests looked for. */
    private void pollStores() {
        try {
            ws.records().deliveries().poll();
            ws.records().incidents().refresh(ws.queue());
            if (!requests.pending().isEmpty()) {
                executor.onUiThread(this::serveRequest);
            }
        } catch (RuntimeException e) { // the edge of a timer task: one failed poll must not stop the next
            LOG.warn("background poll failed: {}", e.toString());
        }
    }

    private void scanDevices() {
        try {
            ws.records().selfCheck().devices().scan();
        } catch (RuntimeException e) { // the edge of a timer task
            LOG.warn("device scan failed: {}", e.toString());
        }
    }

    /** The weekly job asked for a self-check: run it here and answer (UI thread). */
    private void serveRequest() {
        if (runs.active() || enrolling.getAsBoolean()) {
            return; // asked again at the next poll; the job waits
        }
        for (UUID id : requests.pending()) {
            if (requests.claim(id).isEmpty()) {
                continue;
            }
            LOG.info("the weekly self-check job asked for a self-check (request {})", id);
            claimed.add(id);
            if (!runs.start("schedule", this::answer)) {
                claimed.remove(id);
            }
            return;
        }
    }

    private void answer(SelfCheckService.Outcome outcome) {
        String anchor = lastAnchor;
        executor.run(() -> {
            SelfCheckRequests.Result r = new SelfCheckRequests.Result(outcome.report().id(), outcome.report().overall().name(),
                    outcome.decision().allowed(),
                    outcome.decision().reasons().stream().map(SelfCheckTexts.english()::render).toList(),
                    outcome.queued().map(q -> "Report queued for the central system as event " + q.id())
                            .orElse("Report NOT queued: " + outcome.notQueuedReason().orElse("unknown")), anchor);
            for (UUID id; (id = claimed.poll()) != null; ) {
                requests.answer(id, r);
            }
            return r;
        }, ok -> { }, e -> LOG.warn("cannot answer the self-check job: {}", e.getMessage()));
    }

    /** Stops the timers, and a self-check in progress at its next item (see {@link #awaitIdle}). */
    @Override
    public void close() {
        tasks.forEach(t -> t.cancel(false));
        runs.cancel();
    }

    /** For callers that must not close the stores under a run. */
    public boolean awaitIdle(Duration limit) {
        return runs.awaitIdle(limit);
    }
}
