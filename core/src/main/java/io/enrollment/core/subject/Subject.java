package io.enrollment.core.subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person being enrolled, as identified from their document (R-GEN-2).
 *
 * @param patronymic may be empty (many people have none)
 */
public record Subject(
        IdentityDocument document,
        String familyName,
        String givenNames,
        String patronymic,
        LocalDate dateOfBirth) {

    public Subject {
        Objects.requireNonNull(document, "document");
        familyName = Text.required(familyName, "family name");
        givenNames = Text.required(givenNames, "given names");
        patronymic = Text.optional(patronymic, "patronymic");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        if (dateOfBirth.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new IllegalArgumentException("date of birth " + dateOfBirth + " is before 1900");
        }
    }

    /**
     * Whether the date of birth lies in the past relative to {@code today}. A check the caller makes
     * with its clock, because core has none.
     */
    public boolean bornBefore(LocalDate today) {
        return dateOfBirth.isBefore(today);
    }

    /** A stable key for "this person" across packages: document type and number. */
    public String subjectKey() {
        return document.type() + ":" + document.number();
    }

    @Override
    public String toString() {
        // Personal data does not belong in logs: only the document type is shown.
        return "Subject[" + document.type() + " ****]";
    }
}
