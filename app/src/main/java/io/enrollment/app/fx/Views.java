package io.enrollment.app.fx;

import io.enrollment.app.enroll.CheckRow;
import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Small building blocks shared by the screens (views only bind; these only build). */
public final class Views {
    private Views() {
    }

    public static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * While {@code button} is in a scene, {@code keys} press it (when it is shown and enabled): the wizard's Next
     * and Back, the face step's captures. Installed on the scene so that it works wherever the focus is.
     */
    public static void shortcut(Button button, KeyCombination keys) {
        Runnable press = () -> {
            if (button.isVisible() && !button.isDisabled()) {
                button.fire();
            }
        };
        button.sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.getAccelerators().remove(keys, press);
            }
            if (is != null) {
                is.getAccelerators().put(keys, press);
            }
        });
        if (button.getScene() != null) {
            button.getScene().getAccelerators().put(keys, press);
        }
    }

    private static final String FIRST_FIELD = "io.enrollment.app.firstField";

    /** Marks the control a screen's keyboard focus starts on (see {@link #focusFirstField}). */
    public static void markFirstField(Parent screen, Node field) {
        screen.getProperties().put(FIRST_FIELD, field);
    }

    /** Gives the keyboard focus to the screen's first field, if it has one that can take it now; says whether it did. */
    public static boolean focusFirstField(Parent screen) {
        Object field = screen.getProperties().get(FIRST_FIELD);
        return field instanceof Node n && focusIfAble(n);
    }

    /** Focuses {@code n} if it is in a scene, shown and enabled; says whether it did. */
    public static boolean focusIfAble(Node n) {
        if (n.getScene() == null || n.isDisabled()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        n.requestFocus();
        return true;
    }

    /**
     * Focuses the first control of {@code screen} that Tab would reach (in the scene graph's order, which the
     * screens keep to their visual order), for a screen that did not choose its first field; says whether it did.
     */
    public static boolean focusFirstControl(Parent screen) {
        screen.applyCss(); // controls inside scroll panes enter the scene graph with their skins
        for (Node child : screen.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.Control c && c.isFocusTraversable()
                    && !(c instanceof javafx.scene.control.ScrollPane) && focusIfAble(c)) {
                return true;
            }
            if (child instanceof Parent p && child.isVisible() && focusFirstControl(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} is {@code ancestor} or inside it. */
    public static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Decodes JPEG/PNG bytes for display, or null. */
    public static Image image(byte[] bytes) {
        return bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
    }

    /**
     * Per-rule indicators in {@code box}: a green, red or amber dot, the rule and its verdict; the measured value
     * against the threshold on hover (and in the accessible text). Rebuilt whenever the rows change.
     */
    public static void showChecks(VBox box, ObservableList<CheckRow> rows) {
        ListChangeListener<CheckRow> refill = c -> {
            box.getChildren().clear();
            for (CheckRow r : rows) {
                Circle dot = new Circle(7);
                dot.getStyleClass().addAll("check-dot", "check-" + r.verdict().name().toLowerCase(java.util.Locale.ROOT));
                Label text = new Label(r.ruleId() + "  " + r.label() + " — " + r.verdictText());
                text.getStyleClass().add("check-text");
                HBox row = new HBox(8, dot, text);
                row.getStyleClass().add("check-row");
                row.setUserData(r);
                Tooltip tip = new Tooltip(r.measuredText() + (r.guidance().isEmpty() ? "" : "\n" + r.guidance()));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                Tooltip.install(row, tip);
                row.setAccessibleText(text.getText() + ". " + r.measuredText());
                box.getChildren().add(row);
            }
        };
        rows.addListener(refill);
        refill.onChanged(null);
    }

    /** In a two-column form, makes each label of column 0 the label of the control beside it (mnemonics, screen readers). */
    public static void labelRows(GridPane grid) {
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof Label label && column(n) == 0) {
                grid.getChildren().stream().filter(c -> column(c) == 1 && row(c) == row(n)).findFirst().ifPresent(label::setLabelFor);
            }
        }
    }

    private static int column(javafx.scene.Node n) {
        Integer c = GridPane.getColumnIndex(n);
        return c == null ? 0 : c;
    }

    private static int row(javafx.scene.Node n) {
        Integer r = GridPane.getRowIndex(n);
        return r == null ? 0 : r;
    }
}
