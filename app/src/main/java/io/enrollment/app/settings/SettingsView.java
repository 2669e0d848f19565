package io.enrollment.app.settings;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Read-only settings and device tests. Binds {@link SettingsViewModel}. */
public final class SettingsView implements Screen {
    private final VBox root = new VBox(12);

    public SettingsView(SettingsViewModel model, Messages m, Runnable onBack) {
        root.getStyleClass().add("screen");
        GridPane grid = new GridPane();
        grid.setId("settingsGrid");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> e : model.entries()) {
            Label key = new Label(e.getKey());
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField value = new TextField(e.getValue());
            value.setEditable(false);
            value.setPrefColumnCount(48);
            key.setLabelFor(value);
            grid.addRow(row++, key, value);
        }
        HBox tests = new HBox(12, Views.button("testCamera", m.get("settings.testCamera"), model::testCamera));
        if (model.hasMicrophone()) {
            tests.getChildren().add(Views.button("testMicrophone", m.get("settings.testMicrophone"), model::testMicrophone));
        }
        if (model.hasScanner()) {
            tests.getChildren().add(Views.button("testScanner", m.get("settings.testScanner"), model::testScanner));
        }
        Label note = new Label(model.editNote());
        note.setWrapText(true);
        root.getChildren().addAll(Views.heading(m.get("settings.heading")), note, grid, tests,
                Views.bound("deviceTestResult", model.testResultProperty()),
                Views.button("settingsBack", m.get("shell.back"), onBack));
    }

    @Override
    public Parent root() {
        return root;
    }
}
