package io.enrollment.app.headless;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How one headless enrollment went, for its output line: the package id, each step's verdict summary, the
 * rules the demo script confirmed, and whether the package was queued (its sealed size) or why not.
 *
 * @param steps       one short summary per step, e.g. {@code face=PASS(attempt 1/3, 4 frames)}
 * @param events      ids of the QC-failure events this enrollment queued (rejected captures)
 * @param queuedBytes size of the sealed package in the queue, when it was queued
 * @param failure     why no package was queued, when none was
 */
record EnrollmentReport(int index, int of, UUID id, String subject, List<String> steps, List<String> scriptConfirmed,
                        List<UUID> events, Optional<Long> queuedBytes, Optional<String> failure, Duration took) {
    EnrollmentReport {
        steps = List.copyOf(steps);
        scriptConfirmed = List.copyOf(scriptConfirmed);
        events = List.copyOf(events);
    }

    boolean queued() {
        return queuedBytes.isPresent();
    }

    /** The output line: {@code enrollment I/N id=… subject=… face=… [voice=…|fingers=…] script-confirmed=… queued=…B|NOT-QUEUED(reason) time=…s}. */
    String line() {
        StringBuilder b = new StringBuilder();
        b.append("enrollment ").append(index).append('/').append(of).append(" id=").append(id).append(" subject=").append(subject);
        steps.forEach(s -> b.append(' ').append(s));
        b.append(" script-confirmed=").append(scriptConfirmed.isEmpty() ? "none" : String.join(",", scriptConfirmed));
        if (!events.isEmpty()) {
            b.append(" rejected-captures-queued=").append(events.size());
        }
        b.append(queuedBytes.map(n -> " queued=" + n + "B").orElseGet(() -> " NOT-QUEUED(" + failure.orElse("?") + ")"));
        b.append(String.format(java.util.Locale.ROOT, " time=%.1fs", took.toMillis() / 1000.0));
        return b.toString();
    }
}
