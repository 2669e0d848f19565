package io.enrollment.app.review;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;

/**
 * Controller of {@code Supervisor.fxml}: rejected captures, the opened sample, the note, three charts and CSV
 * export. Binds {@link SupervisorViewModel}.
 */
public final class SupervisorView implements Screen {
    private final SupervisorViewModel model;
    private final Messages m;
    private final Runnable onBack;
    private final Parent root;
    @FXML
    private TableView<SupervisorViewModel.Row> table;
    @FXML
    private TableColumn<SupervisorViewModel.Row, String> date;
    @FXML
    private TableColumn<SupervisorViewModel.Row, String> operator;
    @FXML
    private TableColumn<SupervisorViewModel.Row, String> modality;
    @FXML
    private TableColumn<SupervisorViewModel.Row, String> failures;
    @FXML
    private TableColumn<SupervisorViewModel.Row, String> state;
    @FXML
    private TextField note;
    @FXML
    private Button mark;
    @FXML
    private ImageView sample;
    @FXML
    private Label openedReport;
    @FXML
    private Label status;
    @FXML
    private BarChart<String, Number> byRule;
    @FXML
    private BarChart<String, Number> byOperator;
    @FXML
    private BarChart<String, Number> byDay;

    public SupervisorView(SupervisorViewModel model, Messages m, Runnable onBack) {
        this.model = model;
        this.m = m;
        this.onBack = onBack;
        this.root = Fxml.load(this, "Supervisor.fxml", m);
    }

    @FXML
    private void initialize() {
        table.setItems(model.rows());
        show(date, SupervisorViewModel.Row::date);
        show(operator, SupervisorViewModel.Row::operator);
        show(modality, SupervisorViewModel.Row::modality);
        show(failures, SupervisorViewModel.Row::failures);
        show(state, SupervisorViewModel.Row::state);
        model.openedProperty().addListener((o, a, op) -> {
            sample.setImage(op == null || !op.row().mediaType().startsWith("image/") ? null : Views.image(op.sample()));
            openedReport.setText(op == null ? "" : op.row().date() + " · " + op.row().operator() + " · " + op.row().modality()
                    + "\n" + op.row().failures().replace("; ", "\n"));
        });
        note.textProperty().bindBidirectional(model.noteProperty());
        mark.disableProperty().bind(model.openedProperty().isNull());
        status.textProperty().bind(model.messageProperty());
        model.statisticsProperty().addListener((o, a, s) -> {
            fill(byRule, m.get("review.chart.rule"), s.byRule());
            fill(byOperator, m.get("review.chart.operator"), s.byOperator());
            Map<String, Integer> days = new TreeMap<>();
            s.byDay().forEach((d, n) -> days.put(d.toString(), n));
            fill(byDay, m.get("review.chart.day"), days);
        });
    }

    private static void show(TableColumn<SupervisorViewModel.Row, String> column, Function<SupervisorViewModel.Row, String> value) {
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    private static void fill(BarChart<String, Number> chart, String title, Map<String, Integer> data) {
        chart.setTitle(title);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        // long rule names are cut so that the bars keep their room
        data.forEach((k, v) -> series.getData().add(new XYChart.Data<>(k.length() > 28 ? k.substring(0, 27) + "…" : k, v)));
        chart.getData().setAll(List.of(series));
    }

    @FXML
    private void open() {
        model.open(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void markReviewed() {
        model.markReviewed();
    }

    @FXML
    private void exportCsv() {
        model.exportCsv();
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
    }
}
