package io.enrollment.core.pkg;

import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.Officer;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.Sample;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything collected in one enrollment, ready to be written ({@link PackageWriter}), signed by the
 * officer and queued for the central system.
 *
 * @param id            unique package id; the transmission is idempotent on it
 * @param profileId     profile the samples were checked against
 * @param workstationId the collecting workstation
 * @param subject       the identified person (R-GEN-2)
 * @param consent       their consent (R-GEN-2); must be active
 * @param officer       the collecting officer (R-SIGN-1)
 * @param samples       accepted samples; none may have failed QC (R-QC-3)
 * @param attestations  the officer's confirmations where software could not verify a rule
 * @param createdAt     when the package was assembled
 * @param collectedOn   collection date at the place of capture (R-STORE-2)
 * @param useBy         last day the data may be used for identification (R-STORE-2)
 */
public record EnrollmentPackage(UUID id, String profileId, String workstationId, Subject subject, Consent consent,
                                Officer officer, List<Sample> samples, List<Attestation> attestations,
                                Instant createdAt, LocalDate collectedOn, LocalDate useBy) {

    public EnrollmentPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(officer, "officer");
        samples = List.copyOf(samples);
        attestations = List.copyOf(attestations);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(collectedOn, "collectedOn");
        Objects.requireNonNull(useBy, "useBy");
        if (!consent.isActive()) {
            throw new IllegalArgumentException("consent was withdrawn: nothing may be packaged (R-GEN-3)");
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a package without samples");
        }
        Set<String> names = new HashSet<>();
        for (Sample s : samples) {
            if (s.quality().verdict() == Verdict.FAIL) {
                throw new IllegalArgumentException(s.fileName() + " failed quality control and may not be packaged (R-QC-3)");
            }
            if (!names.add(s.fileName())) {
                throw new IllegalArgumentException("two samples named " + s.fileName());
            }
        }
        if (!useBy.isAfter(collectedOn)) {
            throw new IllegalArgumentException("use-by " + useBy + " is not after collection " + collectedOn);
        }
        if (useBy.isAfter(collectedOn.plusYears(5))) {
            throw new IllegalArgumentException("use-by " + useBy + " is more than 5 years after collection (R-STORE-2)");
        }
    }

    /**
     * Assembles a package, deriving the collection date at {@code zone} and the use-by date from the
     * profile's retention period.
     */
    public static EnrollmentPackage assemble(UUID id, io.enrollment.core.profile.Profile profile, String workstationId,
                                             Subject subject, Consent consent, Officer officer, List<Sample> samples,
                                             List<Attestation> attestations, Instant now, ZoneId zone) {
        LocalDate collected = now.atZone(zone).toLocalDate();
        return new EnrollmentPackage(id, profile.id(), workstationId, subject, consent, officer, samples,
                attestations, now, collected, collected.plusYears(profile.retentionYears()));
    }

    public boolean has(Modality modality) {
        return samples.stream().anyMatch(s -> s.modality() == modality);
    }

    @Override
    public String toString() {
        return "EnrollmentPackage[" + id + ", " + profileId + ", " + samples.size() + " samples]";
    }
}
