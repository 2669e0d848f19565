package io.enrollment.app.incident;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.WrappingCell;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Controller of {@code Incidents.fxml}: the register as a table (kind, detected, report by, status, detail, in the
 * screen's language); overdue rows carry the {@code overdue} style class (red in {@code workstation.css}) and say
 * OVERDUE in their status. Refreshed every two seconds while shown. Binds {@link IncidentsViewModel}; the close
 * action is only there for supervisors.
 */
public final class IncidentsView implements Screen {
    public static final String OVERDUE_CLASS = "overdue";
    private final IncidentsViewModel model;
    private final Runnable onBack;
    private final Parent root;
    private final Timeline poll;
    @FXML
    private Label summary;
    @FXML
    private TableView<IncidentsViewModel.Row> table;
    @FXML
    private TableColumn<IncidentsViewModel.Row, String> type;
    @FXML
    private TableColumn<IncidentsViewModel.Row, String> detected;
    @FXML
    private TableColumn<IncidentsViewModel.Row, String> reportBy;
    @FXML
    private TableColumn<IncidentsViewModel.Row, String> status;
    @FXML
    private TableColumn<IncidentsViewModel.Row, String> detail;
    @FXML
    private HBox actions;
    @FXML
    private CheckBox showAll;
    @FXML
    private Button close;
    @FXML
    private Label message;

    /**
     * @param text the {@code selfcheck} bundle in the screen's language (the FXML's {@code %keys})
     */
    public IncidentsView(IncidentsViewModel model, ResourceBundle text, Runnable onBack) {
        this.model = model;
        this.onBack = onBack;
        this.root = Fxml.load(this, "Incidents.fxml", text);
        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        message.textProperty().bind(model.messageProperty());
        showAll.selectedProperty().bindBidirectional(model.showAllProperty());
        if (!model.canClose()) {
            actions.getChildren().remove(close);
        }
        table.setItems(model.rows());
        show(type, IncidentsViewModel.Row::typeText);
        show(detected, IncidentsViewModel.Row::detected);
        show(reportBy, IncidentsViewModel.Row::reportBy);
        show(status, IncidentsViewModel.Row::status);
        show(detail, IncidentsViewModel.Row::detail);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IncidentsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(OVERDUE_CLASS);
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add(OVERDUE_CLASS);
                }
            }
        });
    }

    private static void show(TableColumn<IncidentsViewModel.Row, String> column,
                             Function<IncidentsViewModel.Row, String> value) {
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setCellFactory(WrappingCell.of());
    }

    @FXML
    private void close() {
        model.close(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        model.refresh();
        poll.play();
    }

    @Override
    public void detach() {
        poll.stop();
    }
}
