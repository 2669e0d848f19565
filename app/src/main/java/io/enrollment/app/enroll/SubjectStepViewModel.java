package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The subject step: the identity document and personal data as printed, validated field by field with a
 * message naming the field (R-GEN-2), and the officer's confirmation that the document was checked with the
 * person present (R-GEN-1).
 */
public final class SubjectStepViewModel {
    private final Messages messages;
    private final LocalDate today;
    private final List<String> documentTypes;
    private final StringProperty documentType = new SimpleStringProperty();
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty patronymic = new SimpleStringProperty("");
    private final StringProperty dateOfBirth = new SimpleStringProperty("");
    private final BooleanProperty checkedInPerson = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Property<?>> faultyField =
            new ReadOnlyObjectWrapper<>();

    public SubjectStepViewModel(Messages messages, String profileId, LocalDate today) {
        this.messages = messages;
        this.today = today;
        this.documentTypes = "kg".equals(profileId) ? List.of("ID_CARD_KG", "PASSPORT_KG") : List.of("PASSPORT_RU", "ID_CARD_RU");
        documentType.set(documentTypes.get(0));
    }

    public List<String> documentTypes() {
        return documentTypes;
    }

    public String documentTypeName(String type) {
        return messages.get("document." + type);
    }

    /** Validates every field; on success the subject is set on the enrollment and true returned. */
    public boolean commit(Enrollment enrollment) {
        faultyField.set(null); // each refusal is a change, even of the same field twice
        String problem = problem();
        error.set(problem);
        if (!problem.isEmpty()) {
            return false;
        }
        try {
            enrollment.subject(new Subject(new IdentityDocument(documentType.get(), documentNumber.get(), issuer.get()),
                    familyName.get(), givenNames.get(), patronymic.get(), LocalDate.parse(dateOfBirth.get().strip())));
            return true;
        } catch (IllegalArgumentException e) {
            error.set(messages.get("subject.error.other", e.getMessage()));
            return false;
        }
    }

    private String problem() {
        if (blank(documentNumber)) {
            return fault(documentNumber, messages.get("subject.error.required", messages.get("subject.documentNumber")));
        }
        if (!documentNumber.get().replace(" ", "").matches("[\\p{L}\\p{N}-]{4,30}")) {
            return fault(documentNumber, messages.get("subject.error.documentNumber"));
        }
        if (blank(issuer)) {
            return fault(issuer, messages.get("subject.error.required", messages.get("subject.issuer")));
        }
        if (blank(familyName)) {
            return fault(familyName, messages.get("subject.error.required", messages.get("subject.familyName")));
        }
        if (blank(givenNames)) {
            return fault(givenNames, messages.get("subject.error.required", messages.get("subject.givenNames")));
        }
        LocalDate born;
        try {
            born = LocalDate.parse(dateOfBirth.get().strip());
        } catch (DateTimeParseException e) {
            return fault(dateOfBirth, messages.get("subject.error.dateFormat"));
        }
        if (!born.isBefore(today) || born.isBefore(LocalDate.of(1900, 1, 1))) {
            return fault(dateOfBirth, messages.get("subject.error.dateRange"));
        }
        if (!checkedInPerson.get()) {
            return fault(checkedInPerson, messages.get("subject.error.notChecked"));
        }
        return "";
    }

    private String fault(Property<?> field, String message) {
        faultyField.set(field);
        return message;
    }

    /** The property of the field a refusal names (the view puts the keyboard there), or null. */
    public ReadOnlyObjectProperty<Property<?>> faultyFieldProperty() {
        return faultyField.getReadOnlyProperty();
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    public StringProperty documentTypeProperty() {
        return documentType;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty patronymicProperty() {
        return patronymic;
    }

    public StringProperty dateOfBirthProperty() {
        return dateOfBirth;
    }

    public BooleanProperty checkedInPersonProperty() {
        return checkedInPerson;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
