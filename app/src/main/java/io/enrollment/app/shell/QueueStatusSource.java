package io.enrollment.app.shell;

import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.store.QueueStore;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The status bar's figures from the configuration, the offline queue (packages and events still waiting), the
 * link to the central system and the self-check (last run, run in progress, gate).
 */
public final class QueueStatusSource implements StatusSource {
    /** The self-check as the status bar shows it. */
    public record SelfCheckState(Optional<Instant> last, Optional<String> running, boolean blocked) {
        public static final SelfCheckState NONE = new SelfCheckState(Optional.empty(), Optional.empty(), false);
    }

    private final WorkstationConfig config;
    private final QueueStore queue;
    private final Optional<CentralLink> central;
    private final Supplier<SelfCheckState> selfCheck;

    public QueueStatusSource(WorkstationConfig config, QueueStore queue, Optional<CentralLink> central) {
        this(config, queue, central, () -> SelfCheckState.NONE);
    }

    public QueueStatusSource(WorkstationConfig config, QueueStore queue, Optional<CentralLink> central,
                             Supplier<SelfCheckState> selfCheck) {
        this.config = config;
        this.queue = queue;
        this.central = central;
        this.selfCheck = selfCheck;
    }

    @Override
    public StatusSnapshot current() {
        SelfCheckState s = selfCheck.get();
        return new StatusSnapshot(config.profileId(), config.workstationId(), config.place().name(),
                OptionalInt.of(queue.counts().pending()), s.last(), config.demo(),
                central.map(c -> StatusSnapshot.Central.valueOf(c.connectivity().state().name())).orElse(StatusSnapshot.Central.NONE),
                s.running(), s.blocked());
    }
}
