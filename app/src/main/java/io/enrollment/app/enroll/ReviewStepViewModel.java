package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.Attestation;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.Sample;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.WrongPinException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Review and sign: everything collected (samples with their verdicts, metadata with place and devices,
 * the officer's confirmations), then the PIN, the signature on the officer's token, sealing and queueing.
 */
public final class ReviewStepViewModel {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final Consumer<PackageSubmitter.Submitted> onSubmitted;
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReviewStepViewModel(EnrollmentServices services, Enrollment enrollment, Consumer<PackageSubmitter.Submitted> onSubmitted) {
        this.services = services;
        this.enrollment = enrollment;
        this.onSubmitted = onSubmitted;
    }

    /** The summary as lines: subject, consent, each sample with verdicts and metadata, attestations. */
    public List<String> summary() {
        Messages m = services.messages();
        List<String> lines = new ArrayList<>();
        enrollment.subject().ifPresent(s -> lines.add(m.get("review.subject",
                String.join(" ", s.familyName(), s.givenNames(), s.patronymic()).strip(), s.dateOfBirth().toString(),
                m.get("document." + s.document().type()), s.document().number())));
        enrollment.consent().ifPresent(c -> lines.add(m.get("review.consent", c.textVersion(), time(c.givenAt()))));
        for (Sample s : samples()) {
            long passed = s.quality().checks().stream().filter(c -> c.verdict() == Verdict.PASS).count();
            String attested = s.quality().checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                    .map(CheckResult::id).collect(Collectors.joining(", "));
            lines.add(m.get("review.sample", sampleName(s), s.fileName(), passed,
                    s.quality().checks().size(), attested.isEmpty() ? "—" : attested));
            lines.add(m.get("review.metadata", time(s.metadata().capturedAt()), s.metadata().place().name(),
                    s.metadata().devices().stream().map(DeviceInfo::model).collect(Collectors.joining(", ")),
                    m.get("method." + s.metadata().method().name())));
        }
        for (Attestation a : enrollment.attestations()) {
            lines.add(m.get("review.attestation", a.requirementId(), a.statement()));
        }
        return lines;
    }

    /** The modality, and for a print which finger it is: the operator checks the hand's prints one by one. */
    private String sampleName(Sample s) {
        Messages m = services.messages();
        String modality = m.get("modality." + s.modality().code());
        return s instanceof FingerprintSample f
                ? modality + ", " + m.get("finger." + f.position().name().toLowerCase(java.util.Locale.ROOT))
                : modality;
    }

    private String time(java.time.Instant t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(services.messages().locale())
                .format(t.atZone(services.zone()));
    }

    private List<Sample> samples() {
        List<Sample> all = new ArrayList<>();
        enrollment.face().ifPresent(all::add);
        enrollment.voice().ifPresent(all::add);
        all.addAll(enrollment.fingerprints());
        return all;
    }

    /** Checks the PIN on the officer's token, signs, seals and queues, off the UI thread. */
    public void sign() {
        if (busy.get()) {
            return;
        }
        if (pin.get() == null || pin.get().isEmpty()) {
            message.set(services.messages().get("review.pinRequired"));
            return;
        }
        char[] typed = pin.get().toCharArray();
        pin.set("");
        String officerSerial = services.sessions().officer().serialHex();
        EnrollmentPackage pkg = EnrollmentPackage.assemble(enrollment.id(), services.profile(), services.workstationId(),
                enrollment.subject().orElseThrow(), enrollment.consent().orElseThrow(), services.sessions().officer(),
                samples(), enrollment.attestations(), services.clock().instant(), services.zone());
        busy.set(true);
        message.set(services.messages().get("review.signing"));
        services.executor().run(() -> {
            try (OfficerSession signer = services.sessions().slot().login(typed)) {
                if (!signer.officer().serialHex().equals(officerSerial)) {
                    throw new IllegalStateException(services.messages().get("review.otherCard"));
                }
                return services.submitter().submit(signer, pkg);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, submitted -> {
            busy.set(false);
            message.set("");
            onSubmitted.accept(submitted);
        }, e -> {
            busy.set(false);
            message.set(e instanceof WrongPinException w ? services.messages().get("login.wrongPin", w.failuresInARow())
                    : e instanceof SigningException s ? services.messages().get("login.refused." + s.error().name().toLowerCase(java.util.Locale.ROOT))
                    : services.messages().get("review.failed", e.getMessage()));
        });
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
