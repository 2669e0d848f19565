package io.enrollment.queue.transmit;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: base × 2^(attempt−1), capped, then ±{@code jitter} at random, so that many
 * workstations coming back online do not all knock at the same second.
 */
public record Backoff(Duration base, Duration cap, double jitter) {
    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap and 0 <= jitter < 1");
        }
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), 0.2);
    }

    public Duration delay(int attempt, RandomGenerator random) {
        double exp = base.toMillis() * Math.pow(2, Math.max(0, Math.min(attempt, 30) - 1));
        double capped = Math.min(exp, cap.toMillis());
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
    }
}
