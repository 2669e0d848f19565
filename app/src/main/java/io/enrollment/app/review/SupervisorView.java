package io.enrollment.app.review;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Rejected captures, the opened sample, the note, three charts and CSV export. Binds {@link SupervisorViewModel}. */
public final class SupervisorView implements Screen {
    private final SupervisorViewModel model;
    private final VBox root = new VBox(10);
    private final BarChart<String, Number> byRule = chart("chartByRule");
    private final BarChart<String, Number> byOperator = chart("chartByOperator");
    private final BarChart<String, Number> byDay = chart("chartByDay");

    public SupervisorView(SupervisorViewModel model, Messages m, Runnable onBack) {
        this.model = model;
        root.getStyleClass().add("screen");
        TableView<SupervisorViewModel.Row> table = new TableView<>(model.rows());
        table.setId("rejectedTable");
        table.setPlaceholder(new Label(m.get("review.none")));
        table.setPrefHeight(200);
        table.getColumns().add(column(m.get("review.col.date"), SupervisorViewModel.Row::date, 150));
        table.getColumns().add(column(m.get("review.col.operator"), SupervisorViewModel.Row::operator, 200));
        table.getColumns().add(column(m.get("review.col.modality"), SupervisorViewModel.Row::modality, 150));
        table.getColumns().add(column(m.get("review.col.failures"), SupervisorViewModel.Row::failures, 380));
        table.getColumns().add(column(m.get("review.col.state"), SupervisorViewModel.Row::state, 150));
        ImageView sample = new ImageView();
        sample.setId("reviewSample");
        sample.setFitWidth(200);
        sample.setFitHeight(200);
        sample.setPreserveRatio(true);
        Label openedText = new Label();
        openedText.setId("openedReport");
        openedText.setWrapText(true);
        openedText.setMaxWidth(560);
        model.openedProperty().addListener((o, a, op) -> {
            sample.setImage(op == null || !op.row().mediaType().startsWith("image/") ? null : Views.image(op.sample()));
            openedText.setText(op == null ? "" : op.row().date() + " · " + op.row().operator() + " · " + op.row().modality()
                    + "\n" + op.row().failures().replace("; ", "\n"));
        });
        TextField note = new TextField();
        note.setId("reviewNote");
        note.setPromptText(m.get("review.note"));
        note.setPrefColumnCount(40);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button open = Views.button("openRejected", m.get("review.open"), () -> model.open(table.getSelectionModel().getSelectedItem()));
        Button mark = Views.button("markReviewed", m.get("review.mark"), model::markReviewed);
        mark.disableProperty().bind(model.openedProperty().isNull());
        Button export = Views.button("exportCsv", m.get("review.export"), model::exportCsv);
        model.statisticsProperty().addListener((o, a, s) -> {
            fill(byRule, m.get("review.chart.rule"), s.byRule());
            fill(byOperator, m.get("review.chart.operator"), s.byOperator());
            Map<String, Integer> days = new java.util.TreeMap<>();
            s.byDay().forEach((d, n) -> days.put(d.toString(), n));
            fill(byDay, m.get("review.chart.day"), days);
        });
        HBox charts = new HBox(8, byRule, byOperator, byDay);
        charts.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        root.getChildren().addAll(Views.heading(m.get("review.supervisor.heading")), table,
                new HBox(10, open, note, mark), new HBox(16, sample, openedText),
                Views.bound("reviewStatus", model.messageProperty()), charts,
                new HBox(10, Views.button("reviewBack", m.get("shell.back"), onBack), export));
    }

    private static BarChart<String, Number> chart(String id) {
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setId(id);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setPrefHeight(220);
        c.setMinWidth(200);
        return c;
    }

    private static void fill(BarChart<String, Number> chart, String title, Map<String, Integer> data) {
        chart.setTitle(title);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        data.forEach((k, v) -> series.getData().add(new XYChart.Data<>(k.length() > 28 ? k.substring(0, 27) + "…" : k, v)));
        chart.getData().setAll(java.util.List.of(series));
    }

    private static TableColumn<SupervisorViewModel.Row, String> column(String title, Function<SupervisorViewModel.Row, String> v, double w) {
        TableColumn<SupervisorViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(v.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        model.refresh();
    }
}
