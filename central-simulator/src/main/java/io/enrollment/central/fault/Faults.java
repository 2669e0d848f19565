package io.enrollment.central.fault;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults the simulator injects, parsed from a {@code --faults} string such as
 * {@code latency=200ms,error-rate=0.3,drop-after=65536,slow-read=200000,receipt=wrong,clock-skew=3600s,seed=7}.
 *
 * @param latency     delay before every request is handled
 * @param errorRate   probability (0–1) that a request is answered {@code 503} before it is handled
 * @param dropAfter   a PATCH connection is dropped after this many body bytes (kept); 0 = never
 * @param slowRead    request bodies are read at most this many bytes per second; 0 = unlimited
 * @param receipt     how receipts go out: signed correctly, signed by another key, or unsigned
 * @param clockSkew   added to the server clock for {@code receivedAt}
 * @param seed        seed of the random source that decides the 5xx answers
 */
public record Faults(Duration latency, double errorRate, long dropAfter, long slowRead, ReceiptFault receipt,
                     Duration clockSkew, long seed) {
    /** What is wrong with the receipts that go out (the stored receipt is always the correct one). */
    public enum ReceiptFault { NONE, WRONG, UNSIGNED }

    /** No faults. */
    public static final Faults NONE = new Faults(Duration.ZERO, 0, 0, 0, ReceiptFault.NONE, Duration.ZERO, 1);

    private static final Pattern DURATION = Pattern.compile("(-?\\d+)(ms|s|m)?");

    public Faults {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("error-rate must be between 0 and 1, got " + errorRate);
        }
        if (dropAfter < 0 || slowRead < 0) {
            throw new IllegalArgumentException("drop-after and slow-read must not be negative");
        }
        if (receipt == null || clockSkew == null) {
            throw new IllegalArgumentException("receipt and clock-skew are required");
        }
    }

    /** True when nothing is injected. */
    public boolean none() {
        return latency.isZero() && errorRate == 0 && dropAfter == 0 && slowRead == 0 && receipt == ReceiptFault.NONE
                && clockSkew.isZero();
    }

    /**
     * Parses a comma-separated list of {@code key=value}. Keys: {@code latency} (e.g. {@code 200ms}, {@code 2s}),
     * {@code error-rate} (0–1), {@code drop-after} (bytes), {@code slow-read} (bytes/s), {@code receipt}
     * ({@code wrong}|{@code unsigned}|{@code ok}), {@code clock-skew} (e.g. {@code 3600s}, {@code -90s},
     * {@code 5m}), {@code seed} (long). An empty string means no faults.
     *
     * @throws IllegalArgumentException naming the key or value that is wrong
     */
    public static Faults parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Duration latency = Duration.ZERO;
        double errorRate = 0;
        long dropAfter = 0;
        long slowRead = 0;
        ReceiptFault receipt = ReceiptFault.NONE;
        Duration skew = Duration.ZERO;
        long seed = 1;
        for (String part : spec.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("fault '" + p + "' is not key=value");
            }
            String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            switch (key) {
                case "latency":
                    latency = duration(key, value);
                    break;
                case "error-rate":
                    errorRate = number(key, value);
                    break;
                case "drop-after":
                    dropAfter = (long) number(key, value);
                    break;
                case "slow-read":
                    slowRead = (long) number(key, value);
                    break;
                case "receipt":
                    receipt = receipt(value);
                    break;
                case "clock-skew":
                    skew = duration(key, value);
                    break;
                case "seed":
                    seed = (long) number(key, value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown fault '" + key
                            + "' (known: latency, error-rate, drop-after, slow-read, receipt, clock-skew, seed)");
            }
        }
        return new Faults(latency, errorRate, dropAfter, slowRead, receipt, skew, seed);
    }

    private static Duration duration(String key, String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a number with ms, s or m, got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        switch (unit) {
            case "s":
                return Duration.ofSeconds(n);
            case "m":
                return Duration.ofMinutes(n);
            default:
                return Duration.ofMillis(n);
        }
    }

    private static double number(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + value + "'", e);
        }
    }

    private static ReceiptFault receipt(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "wrong":
                return ReceiptFault.WRONG;
            case "unsigned":
                return ReceiptFault.UNSIGNED;
            case "ok":
            case "none":
                return ReceiptFault.NONE;
            default:
                throw new IllegalArgumentException("receipt must be wrong, unsigned or ok, got '" + value + "'");
        }
    }
}
