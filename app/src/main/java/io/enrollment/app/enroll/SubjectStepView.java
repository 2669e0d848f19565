package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Controller of {@code SubjectStep.fxml}, the subject form; binds {@link SubjectStepViewModel}. */
final class SubjectStepView {
    private final SubjectStepViewModel model;
    private final Parent root;
    @FXML
    private GridPane grid;
    @FXML
    private ChoiceBox<String> documentType;
    @FXML
    private TextField documentNumber;
    @FXML
    private TextField issuer;
    @FXML
    private TextField familyName;
    @FXML
    private TextField givenNames;
    @FXML
    private TextField patronymic;
    @FXML
    private TextField dateOfBirth;
    @FXML
    private CheckBox checkedInPerson;
    @FXML
    private Label error;

    SubjectStepView(SubjectStepViewModel model, Messages m) {
        this.model = model;
        this.root = Fxml.load(this, "SubjectStep.fxml", m);
        Views.markFirstField(root, documentType);
    }

    @FXML
    private void initialize() {
        Views.labelRows(grid);
        documentType.getItems().setAll(model.documentTypes());
        documentType.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : model.documentTypeName(t);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        documentType.valueProperty().bindBidirectional(model.documentTypeProperty());
        documentNumber.textProperty().bindBidirectional(model.documentNumberProperty());
        issuer.textProperty().bindBidirectional(model.issuerProperty());
        familyName.textProperty().bindBidirectional(model.familyNameProperty());
        givenNames.textProperty().bindBidirectional(model.givenNamesProperty());
        patronymic.textProperty().bindBidirectional(model.patronymicProperty());
        dateOfBirth.textProperty().bindBidirectional(model.dateOfBirthProperty());
        checkedInPerson.selectedProperty().bindBidirectional(model.checkedInPersonProperty());
        error.textProperty().bind(model.errorProperty());
        // a refusal names a field: the keyboard goes there, so the next keys correct it
        Map<Property<?>, Node> fields = Map.of(
                model.documentNumberProperty(), documentNumber, model.issuerProperty(), issuer,
                model.familyNameProperty(), familyName, model.givenNamesProperty(), givenNames,
                model.dateOfBirthProperty(), dateOfBirth, model.checkedInPersonProperty(), checkedInPerson);
        model.faultyFieldProperty().addListener((o, was, field) -> {
            if (field != null && fields.containsKey(field)) {
                Views.focusIfAble(fields.get(field));
            }
        });
    }

    Parent root() {
        return root;
    }
}
