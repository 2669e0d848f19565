package io.enrollment.qc.fingerprint.capture;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.fingerprint.DecodedPrint;
import io.enrollment.qc.fingerprint.FingerThresholds;
import io.enrollment.qc.fingerprint.FingerprintAnalyzer;
import io.enrollment.qc.fingerprint.FingerprintTemplates;
import io.enrollment.qc.fingerprint.PngEncoder;
import io.enrollment.qc.fingerprint.PrintAnalysis;
import io.enrollment.qc.fingerprint.PrintImage;
import io.enrollment.qc.fingerprint.PrintTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The fingerprint part of one enrollment, without any GUI: the profile's finger set, up to N attempts per finger
 * keeping the best, missing-finger exceptions that an operator confirms, and duplicate detection — every
 * accepted print is matched against the session's other accepted prints, and a match (the same finger
 * presented twice) is refused. Templates are made only from accepted prints (R-FP-2, R-QC-3).
 *
 * <p>Creating a session warms SourceAFIS up (about a second, once per JVM). Not thread-safe.
 */
public final class FingerCaptureSession {
    private final FingerprintAnalyzer analyzer;
    private final List<FingerPosition> fingers;
    private final int attemptsPerFinger;
    private final double duplicateScore;
    private final Map<FingerPosition, CapturedPrint> accepted = new EnumMap<>(FingerPosition.class);
    private final Map<FingerPosition, PrintTemplate> templates = new EnumMap<>(FingerPosition.class);
    private final Map<FingerPosition, CapturedPrint> best = new EnumMap<>(FingerPosition.class);
    private final Map<FingerPosition, Integer> attempts = new EnumMap<>(FingerPosition.class);
    private final Map<FingerPosition, FingerException> exceptions = new EnumMap<>(FingerPosition.class);

    /**
     * @throws UnreadableSampleException when the profile has no fingerprint thresholds
     * @throws IllegalArgumentException  when its finger settings are malformed
     */
    public FingerCaptureSession(Profile profile) throws UnreadableSampleException {
        FingerThresholds thresholds = FingerThresholds.of(profile);
        this.analyzer = new FingerprintAnalyzer(profile.id(), thresholds);
        this.fingers = FingerSet.of(profile);
        String retries = profile.setting("finger.retries", "3");
        try {
            this.attemptsPerFinger = Integer.parseInt(retries.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("finger.retries must be a whole number, was '" + retries + "'", e);
        }
        if (attemptsPerFinger < 1 || attemptsPerFinger > 20) {
            throw new IllegalArgumentException("finger.retries must be 1–20, was " + attemptsPerFinger);
        }
        this.duplicateScore = thresholds.duplicateScore();
        FingerprintTemplates.warmUp();
    }

    /** The fingers to capture, in order. */
    public List<FingerPosition> fingers() {
        return fingers;
    }

    public int attemptsPerFinger() {
        return attemptsPerFinger;
    }

    /** The first finger that is neither accepted nor covered by an exception. */
    public Optional<FingerPosition> nextFinger() {
        return fingers.stream().filter(f -> !accepted.containsKey(f) && !exceptions.containsKey(f)).findFirst();
    }

    /**
     * Judges one capture of {@code finger} (a 500 ppi scanner image).
     *
     * @throws IllegalStateException    when the finger is not in the set, already accepted, or covered by an exception
     */
    public AttemptOutcome submit(FingerPosition finger, PrintImage image) {
        requireOpen(finger);
        PrintAnalysis analysis = analyzer.analyze(new DecodedPrint(image, "scanner", 8, 1, DecodedPrint.DpiSource.GIVEN), finger);
        int attempt = attempts.merge(finger, 1, Integer::sum);
        if (analysis.accepted()) {
            PrintTemplate template = analysis.template();
            ToDoubleFunction<PrintTemplate> matcher = FingerprintTemplates.matcher(template);
            for (Map.Entry<FingerPosition, PrintTemplate> other : templates.entrySet()) {
                double score = matcher.applyAsDouble(other.getValue());
                if (score >= duplicateScore) {
                    attempts.merge(finger, -1, Integer::sum);
                    return new AttemptOutcome.Duplicate(finger, other.getKey(), score);
                }
            }
            CapturedPrint print = new CapturedPrint(finger, PngEncoder.encode(analysis.image()), (int) analysis.image().dpi(),
                    template.iso19794(), analysis.report(), analysis.score(), attempt);
            accepted.put(finger, print);
            templates.put(finger, template);
            best.remove(finger);
            return new AttemptOutcome.Accepted(finger, print);
        }
        CapturedPrint candidate = new CapturedPrint(finger, PngEncoder.encode(analysis.image() != null ? analysis.image() : image),
                (int) image.dpi(), null, analysis.report(), analysis.score(), attempt);
        CapturedPrint kept = best.get(finger);
        if (kept == null || candidate.score() > kept.score()) {
            best.put(finger, candidate);
            kept = candidate;
        }
        if (attempt >= attemptsPerFinger) {
            exceptions.put(finger, new FingerException(finger, MissingFingerReason.UNREADABLE,
                    attemptsPerFinger + " attempts below the quality threshold; best score " + kept.score(), null));
            return new AttemptOutcome.AttemptsExhausted(finger, kept);
        }
        return new AttemptOutcome.RetryNeeded(finger, attempt, attemptsPerFinger - attempt, analysis.report(),
                analysis.report().guidance().isEmpty() ? "capture again" : analysis.report().guidance());
    }

    /**
     * Records that {@code finger} cannot be captured; it stays pending until {@link #confirmMissing} is called.
     *
     * @throws IllegalStateException when the finger was already accepted or is not in the set
     */
    public FingerException declareMissing(FingerPosition finger, MissingFingerReason reason, String note) {
        if (!fingers.contains(finger)) {
            throw new IllegalStateException(finger + " is not in this session's finger set " + fingers);
        }
        if (accepted.containsKey(finger)) {
            throw new IllegalStateException(finger + " was already captured and accepted");
        }
        FingerException e = new FingerException(finger, reason, note, null);
        exceptions.put(finger, e);
        return e;
    }

    /**
     * An operator confirms the pending exception of {@code finger}.
     *
     * @throws IllegalStateException    when there is no exception for it
     * @throws IllegalArgumentException when the operator id is blank
     */
    public FingerException confirmMissing(FingerPosition finger, String operatorId) {
        Objects.requireNonNull(operatorId, "operatorId");
        if (operatorId.isBlank()) {
            throw new IllegalArgumentException("an exception must be confirmed by a named operator");
        }
        FingerException e = exceptions.get(finger);
        if (e == null) {
            throw new IllegalStateException("no exception was recorded for " + finger);
        }
        FingerException confirmed = e.confirm(operatorId);
        exceptions.put(finger, confirmed);
        return confirmed;
    }

    /** Every finger is accepted or has a confirmed exception. */
    public boolean complete() {
        return fingers.stream().allMatch(f -> accepted.containsKey(f)
                || (exceptions.containsKey(f) && exceptions.get(f).confirmed()));
    }

    /** Exceptions still waiting for an operator. */
    public List<FingerException> pendingExceptions() {
        List<FingerException> pending = new ArrayList<>();
        exceptions.values().stream().filter(e -> !e.confirmed()).forEach(pending::add);
        return pending;
    }

    public Map<FingerPosition, CapturedPrint> acceptedPrints() {
        return Collections.unmodifiableMap(new EnumMap<>(accepted));
    }

    public Map<FingerPosition, FingerException> exceptions() {
        return Collections.unmodifiableMap(new EnumMap<>(exceptions));
    }

    /** The best attempt kept for a finger that has not been accepted (never carries a template). */
    public Optional<CapturedPrint> bestAttempt(FingerPosition finger) {
        return Optional.ofNullable(best.get(finger));
    }

    private void requireOpen(FingerPosition finger) {
        if (!fingers.contains(finger)) {
            throw new IllegalStateException(finger + " is not in this session's finger set " + fingers);
        }
        if (accepted.containsKey(finger)) {
            throw new IllegalStateException(finger + " was already captured and accepted");
        }
        if (exceptions.containsKey(finger)) {
            throw new IllegalStateException(finger + " has an exception (" + exceptions.get(finger).reason() + ")");
        }
    }
}
