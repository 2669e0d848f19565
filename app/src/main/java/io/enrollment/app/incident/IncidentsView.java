package io.enrollment.app.incident;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.WrappingCell;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The incidents screen: the register as a table (type, detected, report by, status, detail); overdue rows carry
 * the {@code overdue} style class (red in {@code workstation.css}) and say OVERDUE in their status. Refreshed
 * every two seconds while shown. Binds {@link IncidentsViewModel}.
 */
public final class IncidentsView implements Screen {
    public static final String OVERDUE_CLASS = "overdue";
    private final IncidentsViewModel model;
    private final VBox root = new VBox(12);
    private final Timeline poll;

    public IncidentsView(IncidentsViewModel model, ResourceBundle text, Runnable onBack) {
        this.model = model;
        root.getStyleClass().add("screen");
        root.setId("incidentsScreen");
        Label title = new Label(text.getString("incidents.screenTitle"));
        title.getStyleClass().add("screen-heading");
        Label rule = new Label(text.getString("incidents.rule"));
        rule.setWrapText(true);
        Label summary = new Label();
        summary.setId("incidentsSummary");
        summary.textProperty().bind(model.summaryProperty());
        TableView<IncidentsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("incidentsTable");
        table.setPlaceholder(new Label(text.getString("incidents.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(text.getString("incidents.column.type"), IncidentsViewModel.Row::typeText, 210));
        table.getColumns().add(column(text.getString("incidents.column.detected"), IncidentsViewModel.Row::detected, 140));
        table.getColumns().add(column(text.getString("incidents.column.reportBy"), IncidentsViewModel.Row::reportBy, 140));
        table.getColumns().add(column(text.getString("incidents.column.status"), IncidentsViewModel.Row::status, 200));
        table.getColumns().add(column(text.getString("incidents.column.detail"), IncidentsViewModel.Row::detail, 300));
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
        VBox.setVgrow(table, Priority.ALWAYS);
        CheckBox all = new CheckBox(text.getString("incidents.showAll"));
        all.setId("incidentsShowAll");
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        Button back = new Button(text.getString("incidents.back"));
        back.setId("incidentsBack");
        back.setOnAction(e -> onBack.run());
        HBox actions = new HBox(12, back, all);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (model.canClose()) {
            Button close = new Button(text.getString("incidents.close"));
            close.setId("closeIncident");
            close.setOnAction(e -> model.close(table.getSelectionModel().getSelectedItem()));
            actions.getChildren().add(close);
        }
        Label message = new Label();
        message.setId("incidentsMessage");
        message.textProperty().bind(model.messageProperty());
        actions.getChildren().add(message);
        root.getChildren().addAll(title, rule, summary, table, actions);
        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    private static TableColumn<IncidentsViewModel.Row, String> column(String title,
            Function<IncidentsViewModel.Row, String> value, double width) {
        TableColumn<IncidentsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(WrappingCell.of());
        c.setMinWidth(Math.min(width, 120));
        c.setPrefWidth(width);
        return c;
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
