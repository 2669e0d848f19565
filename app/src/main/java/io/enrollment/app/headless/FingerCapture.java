package io.enrollment.app.headless;

import io.enrollment.app.capture.CaptureException;
import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.fingerprint.capture.AttemptOutcome;
import io.enrollment.qc.fingerprint.capture.CapturedPrint;
import io.enrollment.qc.fingerprint.capture.FingerCaptureSession;
import io.enrollment.qc.fingerprint.capture.FingerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fingerprint step without a screen, over quality-control's {@link FingerCaptureSession}: each finger in
 * the profile's order is scanned through the workstation's reader (in the demo, the R30x driver talking to the
 * scanner emulator on a socat pty pair) until it is accepted or its attempts are exhausted; a duplicate is
 * refused and scanned again. An exhausted finger is recorded as missing (UNREADABLE), and handed back so that
 * the caller records its best attempt as a rejected capture (R-QC-3).
 */
final class FingerCapture {
    /** Duplicates do not count as attempts; this bounds the scans per finger so a stuck source cannot loop forever. */
    private static final int EXTRA_SCANS_PER_FINGER = 3;

    private final FingerprintReader reader;
    private final Profile profile;

    /** What the step came to. */
    record Result(List<FingerprintSample> samples, List<FingerException> missing, List<CapturedPrint> exhausted,
                  int scans, int retries, int duplicates, Optional<String> failure) {
        boolean passed() {
            return failure.isEmpty();
        }
    }

    FingerCapture(FingerprintReader reader, Profile profile) {
        this.reader = reader;
        this.profile = profile;
    }

    /**
     * @param operatorId who confirms the missing fingers (the logged-in demo operator)
     * @throws CaptureException when the scanner cannot deliver
     * @throws UnreadableSampleException when quality-control cannot prepare its matcher
     */
    Result capture(String operatorId, Function<List<DeviceInfo>, CaptureMetadata> metadata)
            throws CaptureException, UnreadableSampleException {
        FingerCaptureSession session = new FingerCaptureSession(profile);
        int limit = session.fingers().size() * (session.attemptsPerFinger() + EXTRA_SCANS_PER_FINGER);
        List<CapturedPrint> exhausted = new ArrayList<>();
        int scans = 0;
        int retries = 0;
        int duplicates = 0;
        Optional<FingerPosition> finger = session.nextFinger();
        while (finger.isPresent()) {
            if (scans >= limit) {
                return new Result(List.of(), List.of(), exhausted, scans, retries, duplicates,
                        Optional.of(scans + " scans without completing the fingers (" + duplicates + " duplicates refused)"));
            }
            AttemptOutcome outcome = session.submit(finger.get(), reader.capture());
            scans++;
            if (outcome instanceof AttemptOutcome.RetryNeeded) {
                retries++;
            } else if (outcome instanceof AttemptOutcome.Duplicate) {
                duplicates++;
            } else if (outcome instanceof AttemptOutcome.AttemptsExhausted x) {
                exhausted.add(x.best());
                session.confirmMissing(x.finger(), operatorId);
            }
            finger = session.nextFinger();
        }
        List<FingerprintSample> samples = new ArrayList<>();
        List<DeviceInfo> devices = List.of(reader.device());
        session.acceptedPrints().values().forEach(p -> samples.add(p.toSample(metadata.apply(devices))));
        return new Result(samples, List.copyOf(session.exceptions().values()), exhausted, scans, retries, duplicates,
                Optional.empty());
    }
}
