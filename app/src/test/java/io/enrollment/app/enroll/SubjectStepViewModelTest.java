package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** R-GEN-1/R-GEN-2: every field is validated with a message that names it; the in-person check is required. */
class SubjectStepViewModelTest {
    private final SubjectStepViewModel model = new SubjectStepViewModel(new Messages(Locale.ENGLISH), "ru", LocalDate.of(2026, 11, 22));
    private final Enrollment enrollment = new Enrollment();

    private void fill() {
        model.documentNumberProperty().set("4509 123456");
        model.issuerProperty().set("GU MVD");
        model.familyNameProperty().set("Ivanova");
        model.givenNamesProperty().set("Maria");
        model.dateOfBirthProperty().set("1985-04-23");
        model.checkedInPersonProperty().set(true);
    }

    @Test
    void rGen2EachMissingFieldIsNamed() {
        assertFalse(model.commit(enrollment));
        assertEquals("Document number is required.", model.errorProperty().get());
        fill();
        model.familyNameProperty().set("  ");
        assertFalse(model.commit(enrollment));
        assertEquals("Family name is required.", model.errorProperty().get());
    }

    @Test
    void rGen2BadDocumentNumberAndDatesAreRefused() {
        fill();
        model.documentNumberProperty().set("12");
        assertFalse(model.commit(enrollment));
        assertEquals("The document number must be 4 to 30 letters or digits.", model.errorProperty().get());
        fill();
        model.dateOfBirthProperty().set("2026-11-22");
        assertFalse(model.commit(enrollment), "born today is not in the past");
        model.dateOfBirthProperty().set("1899-12-31");
        assertFalse(model.commit(enrollment));
        model.dateOfBirthProperty().set("23.04.1985");
        assertFalse(model.commit(enrollment));
        assertTrue(model.errorProperty().get().startsWith("Write the date of birth as YYYY-MM-DD"));
    }

    @Test
    void rGen1TheDocumentMustBeCheckedInPerson() {
        fill();
        model.checkedInPersonProperty().set(false);
        assertFalse(model.commit(enrollment));
        assertFalse(enrollment.mayCapture());
        model.checkedInPersonProperty().set(true);
        assertTrue(model.commit(enrollment), model.errorProperty().get());
        assertEquals("PASSPORT_RU:4509123456", enrollment.subject().orElseThrow().subjectKey());
        assertFalse(enrollment.mayCapture(), "no capture before consent");
    }

    @Test
    void kgProfileOffersKyrgyzDocuments() {
        SubjectStepViewModel kg = new SubjectStepViewModel(new Messages(Locale.ENGLISH), "kg", LocalDate.of(2026, 11, 22));
        assertEquals("ID_CARD_KG", kg.documentTypeProperty().get());
        assertEquals("ID card of the Kyrgyz Republic", kg.documentTypeName("ID_CARD_KG"));
    }
}
