package io.enrollment.app.enroll;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * How the live preview keeps up: frames grabbed, frames shown and frames checked per second, and the time the
 * checks take per frame (median and 95th percentile). Counted by three threads (grabber, checker, UI).
 */
final class PreviewStats {
    /** Rates are over this recent stretch, so they follow the camera coming and going. */
    private static final long WINDOW_NANOS = 2_000_000_000L;
    private static final int KEPT_CHECK_TIMES = 10_000;

    private final ArrayDeque<Long> shownAt = new ArrayDeque<>();
    private final ArrayDeque<Long> checkedAt = new ArrayDeque<>();
    private final long[] checkNanos = new long[KEPT_CHECK_TIMES];
    private final long started = System.nanoTime();
    private int checks;
    private long grabbed;
    private long shown;

    /** What the numbers were at one moment. */
    record Summary(double shownFps, double checkedFps, double checkMedianMs, double checkP95Ms, long grabbed, long shown,
                   long checked, double seconds, double averageShownFps) {
        String line() {
            return String.format(Locale.ROOT, "preview %.1f fps, checks %.1f fps, %.0f ms per frame (p95 %.0f)",
                    shownFps, checkedFps, checkMedianMs, checkP95Ms);
        }

        String log() {
            return String.format(Locale.ROOT, "%.1f s: %d frames grabbed, %d shown (%.1f fps), %d checked (%.1f fps); "
                    + "check time per frame median %.1f ms, p95 %.1f ms",
                    seconds, grabbed, shown, averageShownFps, checked, seconds > 0 ? checked / seconds : 0, checkMedianMs, checkP95Ms);
        }
    }

    synchronized void grabbed() {
        grabbed++;
    }

    synchronized void shown() {
        shown++;
        add(shownAt, System.nanoTime());
    }

    /** One frame checked, in {@code nanos} of wall-clock time. */
    synchronized void checked(long nanos) {
        checkNanos[checks % KEPT_CHECK_TIMES] = nanos;
        checks++;
        add(checkedAt, System.nanoTime());
    }

    private static void add(ArrayDeque<Long> times, long now) {
        times.addLast(now);
        while (now - times.peekFirst() > WINDOW_NANOS) {
            times.removeFirst();
        }
    }

    synchronized Summary summary() {
        long now = System.nanoTime();
        long[] kept = Arrays.copyOf(checkNanos, Math.min(checks, KEPT_CHECK_TIMES));
        Arrays.sort(kept);
        double seconds = (now - started) / 1e9;
        return new Summary(rate(shownAt, now), rate(checkedAt, now), percentile(kept, 0.5), percentile(kept, 0.95),
                grabbed, shown, checks, seconds, seconds > 0 ? shown / seconds : 0);
    }

    /** Events per second over the recent stretch (the intervals between them, so a young session is not undercounted). */
    private static double rate(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
            times.removeFirst();
        }
        if (times.size() < 2) {
            return 0;
        }
        return (times.size() - 1) / ((times.peekLast() - times.peekFirst()) / 1e9);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
