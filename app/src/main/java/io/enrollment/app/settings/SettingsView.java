package io.enrollment.app.settings;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.i18n.Messages;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Controller of {@code Settings.fxml}: read-only settings and device tests. Binds {@link SettingsViewModel}. */
public final class SettingsView implements Screen {
    private final SettingsViewModel model;
    private final Runnable onBack;
    private final Parent root;
    @FXML
    private Label note;
    @FXML
    private GridPane grid;
    @FXML
    private HBox tests;
    @FXML
    private Button testMicrophone;
    @FXML
    private Button testScanner;
    @FXML
    private Label testResult;

    public SettingsView(SettingsViewModel model, Messages m, Runnable onBack) {
        this.model = model;
        this.onBack = onBack;
        this.root = Fxml.load(this, "Settings.fxml", m);
    }

    @FXML
    private void initialize() {
        note.setText(model.editNote());
        int row = 0;
        for (Map.Entry<String, String> e : model.entries()) {
            Label key = new Label(e.getKey());
            key.setMinWidth(Region.USE_PREF_SIZE);
            TextField value = new TextField(e.getValue());
            value.setEditable(false);
            value.setPrefColumnCount(48);
            key.setLabelFor(value);
            grid.addRow(row++, key, value);
        }
        if (!model.hasMicrophone()) {
            tests.getChildren().remove(testMicrophone);
        }
        if (!model.hasScanner()) {
            tests.getChildren().remove(testScanner);
        }
        testResult.textProperty().bind(model.testResultProperty());
    }

    @FXML
    private void testCamera() {
        model.testCamera();
    }

    @FXML
    private void testMicrophone() {
        model.testMicrophone();
    }

    @FXML
    private void testScanner() {
        model.testScanner();
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @Override
    public Parent root() {
        return root;
    }
}
