package io.enrollment.app.shell;

import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.store.QueueStore;
import java.util.Optional;
import java.util.OptionalInt;

/** The status bar's figures from the configuration and the offline queue (packages and events still waiting). */
public final class QueueStatusSource implements StatusSource {
    private final WorkstationConfig config;
    private final QueueStore queue;

    public QueueStatusSource(WorkstationConfig config, QueueStore queue) {
        this.config = config;
        this.queue = queue;
    }

    @Override
    public StatusSnapshot current() {
        return new StatusSnapshot(config.profileId(), config.workstationId(), config.place().name(),
                OptionalInt.of(queue.counts().pending()), Optional.empty(), config.demo());
    }
}
