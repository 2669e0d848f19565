package io.enrollment.app.shell;

import io.enrollment.installer.WorkstationConfig;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Status from the configuration alone: used until the offline queue and the self-check are attached, and
 * honest about it (the queue shows as "not connected", the self-check as "never").
 */
public final class ConfigStatusSource implements StatusSource {
    private final WorkstationConfig config;

    public ConfigStatusSource(WorkstationConfig config) {
        this.config = config;
    }

    @Override
    public StatusSnapshot current() {
        return new StatusSnapshot(config.profileId(), config.workstationId(), config.place().name(),
                OptionalInt.empty(), Optional.empty(), config.demo());
    }
}
