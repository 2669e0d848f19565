package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The subject form; binds {@link SubjectStepViewModel}. */
final class SubjectStepView {
    private final VBox root = new VBox(12);

    SubjectStepView(SubjectStepViewModel model, Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("form");
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("documentType");
        type.getItems().setAll(model.documentTypes());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : model.documentTypeName(t);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        type.valueProperty().bindBidirectional(model.documentTypeProperty());
        int row = 0;
        row(grid, row++, m.get("subject.documentType"), type);
        row(grid, row++, m.get("subject.documentNumber"), field("documentNumber", model.documentNumberProperty(), ""));
        row(grid, row++, m.get("subject.issuer"), field("issuer", model.issuerProperty(), ""));
        row(grid, row++, m.get("subject.familyName"), field("familyName", model.familyNameProperty(), ""));
        row(grid, row++, m.get("subject.givenNames"), field("givenNames", model.givenNamesProperty(), ""));
        row(grid, row++, m.get("subject.patronymic"), field("patronymic", model.patronymicProperty(), m.get("subject.optional")));
        row(grid, row, m.get("subject.dateOfBirth"), field("dateOfBirth", model.dateOfBirthProperty(), m.get("subject.dateFormat")));
        CheckBox checked = new CheckBox(m.get("subject.checkedInPerson"));
        checked.setId("checkedInPerson");
        checked.setWrapText(true);
        checked.selectedProperty().bindBidirectional(model.checkedInPersonProperty());
        root.getChildren().addAll(Views.heading(m.get("subject.heading")), grid, checked,
                Views.bound("subjectError", model.errorProperty(), "message-error"));
    }

    private static TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.control.Control field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, l, field);
    }

    Parent root() {
        return root;
    }
}
