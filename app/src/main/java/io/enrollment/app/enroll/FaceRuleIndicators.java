package io.enrollment.app.enroll;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The per-rule indicators of the live face step: a green, red or amber dot, the rule and its verdict, the
 * measured value against the threshold on hover and in the accessible text. Rows are updated in place as the
 * verdicts change many times a second, so a tooltip being read stays open and follows the measurement.
 */
final class FaceRuleIndicators {
    private static final String[] VERDICT_CLASSES = {"check-pass", "check-fail", "check-not_verified"};
    private final VBox box;

    /** Keeps {@code box} (the screen's list of indicators) showing {@code rows}. */
    FaceRuleIndicators(VBox box, ObservableList<CheckRow> rows) {
        this.box = box;
        rows.addListener((ListChangeListener<CheckRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced() && c.getFrom() + c.getAddedSize() <= box.getChildren().size()
                        && box.getChildren().size() == rows.size()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        update((HBox) box.getChildren().get(i), rows.get(i));
                    }
                } else {
                    rebuild(rows);
                    return;
                }
            }
        });
        rebuild(rows);
    }

    private void rebuild(ObservableList<CheckRow> rows) {
        box.getChildren().clear();
        for (CheckRow r : rows) {
            Circle dot = new Circle(7);
            dot.getStyleClass().add("check-dot");
            Label text = new Label();
            text.getStyleClass().add("check-text");
            HBox row = new HBox(8, dot, text);
            row.getStyleClass().add("check-row");
            row.setAccessibleRole(AccessibleRole.TEXT);
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(row, tip);
            row.getProperties().put(Tooltip.class, tip);
            update(row, r);
            box.getChildren().add(row);
        }
    }

    private static void update(HBox row, CheckRow r) {
        Circle dot = (Circle) row.getChildren().get(0);
        Label text = (Label) row.getChildren().get(1);
        dot.getStyleClass().removeAll(VERDICT_CLASSES);
        dot.getStyleClass().add("check-" + r.verdict().name().toLowerCase(Locale.ROOT));
        text.setText(r.ruleId() + "  " + r.label() + " — " + r.verdictText());
        ((Tooltip) row.getProperties().get(Tooltip.class)).setText(r.measuredText() + (r.guidance().isEmpty() ? "" : "\n" + r.guidance()));
        row.setAccessibleText(text.getText() + ". " + r.measuredText());
        row.setUserData(r);
    }
}
