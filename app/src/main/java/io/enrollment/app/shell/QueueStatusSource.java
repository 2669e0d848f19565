package io.enrollment.app.shell;

import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.store.QueueStore;
import java.util.Optional;
import java.util.OptionalInt;

/** The status bar's figures from the configuration and the offline queue (packages and events still waiting). */
public final class QueueStatusSource implements StatusSource {
    private final WorkstationConfig config;
    private final QueueStore queue;
    private final java.util.Optional<CentralLink> central;

    public QueueStatusSource(WorkstationConfig config, QueueStore queue, java.util.Optional<CentralLink> central) {
        this.config = config;
        this.queue = queue;
        this.central = central;
    }

    @Override
    public StatusSnapshot current() {
        return new StatusSnapshot(config.profileId(), config.workstationId(), config.place().name(),
                OptionalInt.of(queue.counts().pending()), Optional.empty(), config.demo(),
                central.map(c -> StatusSnapshot.Central.valueOf(c.connectivity().state().name())).orElse(StatusSnapshot.Central.NONE));
    }
}
