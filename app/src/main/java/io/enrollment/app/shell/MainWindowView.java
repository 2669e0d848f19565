package io.enrollment.app.shell;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds {@code MainWindow.fxml} to its view model; nothing else. */
public final class MainWindowView {
    private final MainWindowViewModel model;
    private final Parent root;

    @FXML
    private Label titleLabel;
    @FXML
    private Label demoBanner;
    @FXML
    private Label modalitiesLabel;
    @FXML
    private Label profileNameLabel;
    @FXML
    private Label profileStatus;
    @FXML
    private Label workstationStatus;
    @FXML
    private Label queueStatus;
    @FXML
    private Label selfCheckStatus;
    @FXML
    private Label centralStatus;
    @FXML
    private Label officerLabel;
    @FXML
    private FlowPane headerActions;
    @FXML
    private StackPane content;
    @FXML
    private VBox home;
    @FXML
    private FlowPane homeActions;
    @FXML
    private HBox demoBar;
    @FXML
    private FlowPane demoActions;

    public MainWindowView(MainWindowViewModel model, Messages messages) {
        this.model = model;
        root = Fxml.load(this, "MainWindow.fxml", messages);
        root.getStylesheets().add(MainWindowView.class.getResource("workstation.css").toExternalForm());
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        demoBanner.visibleProperty().bind(model.demoProperty());
        demoBanner.managedProperty().bind(model.demoProperty());
        demoBar.visibleProperty().bind(model.demoProperty());
        demoBar.managedProperty().bind(model.demoProperty());
        modalitiesLabel.textProperty().bind(model.modalitiesProperty());
        profileNameLabel.textProperty().bind(model.profileNameProperty());
        profileStatus.textProperty().bind(model.profileProperty());
        workstationStatus.textProperty().bind(model.workstationProperty());
        queueStatus.textProperty().bind(model.queueProperty());
        selfCheckStatus.textProperty().bind(model.selfCheckProperty());
        model.selfCheckBlockedProperty().addListener((o, was, blocked) -> {
            selfCheckStatus.getStyleClass().remove("status-warning");
            if (blocked) {
                selfCheckStatus.getStyleClass().add("status-warning");
            }
        });
        if (model.selfCheckBlockedProperty().get()) {
            selfCheckStatus.getStyleClass().add("status-warning");
        }
        centralStatus.textProperty().bind(model.centralProperty());
    }

    public Parent root() {
        return root;
    }

    /** Shows {@code screen} in the centre, or the home panel when null. */
    public void showContent(Node screen) {
        content.getChildren().setAll(screen == null ? home : screen);
    }

    /** Where the shell puts the header's buttons (language, large type, log out, demo card reader). */
    public FlowPane headerActions() {
        return headerActions;
    }

    /** Where the shell puts the home panel's buttons (new enrollment, queue, review, settings). */
    public FlowPane homeActions() {
        return homeActions;
    }

    /** Where the shell puts the demo card reader's buttons (demo only). */
    public FlowPane demoActions() {
        return demoActions;
    }

    /** The home panel (where the shell shows the enrollment gate and refusals). */
    public VBox home() {
        return home;
    }

    public Label officerLabel() {
        return officerLabel;
    }
}
