package io.enrollment.core.selfcheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of the self-check (R-SELF-1): what the central system receives, signed, as a
 * {@code SELF_CHECK} event.
 *
 * @param id            the report's id (also its event id in the queue)
 * @param workstationId the workstation that ran it
 * @param profileId     the profile it ran under
 * @param startedAt     start of the run
 * @param finishedAt    end of the run
 * @param trigger       {@code schedule}, {@code startup}, {@code operator} or {@code cli}
 * @param items         every item's result, in the order they ran
 */
public record SelfCheckReport(UUID id, String workstationId, String profileId, Instant startedAt, Instant finishedAt,
                              String trigger, List<ItemResult> items) {
    public SelfCheckReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(trigger, "trigger");
        items = List.copyOf(items);
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("self-check " + id + " finished before it started");
        }
    }

    /** The worst status of all items (OK for an empty report is impossible: a report has items). */
    public ItemStatus overall() {
        ItemStatus worst = ItemStatus.OK;
        for (ItemResult r : items) {
            if (r.status().compareTo(worst) > 0) {
                worst = r.status();
            }
        }
        return worst;
    }

    public Optional<ItemResult> item(String id) {
        return items.stream().filter(r -> r.item().equals(id)).findFirst();
    }
}
