package io.enrollment.app.selfcheck;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.WrappingCell;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The self-check screen: the enrollment gate (green, or red with its reasons), the run in progress (bar and
 * the item being checked), and the last self-check's items (status, what was found, the remedy). The incident
 * register has its own screen ({@code incident.IncidentsView}). Texts from {@code selfcheck.properties} /
 * {@code selfcheck_ru.properties}.
 */
public final class SelfCheckScreen implements Screen {
    public static final String BUNDLE = "io.enrollment.app.selfcheck.selfcheck";

    private final SelfCheckViewModel model;
    private final ResourceBundle text;
    private final SelfCheckTexts words;
    private final DateTimeFormatter time;
    private final VBox root = new VBox(10);

    private final Runnable onBack;

    public SelfCheckScreen(SelfCheckViewModel model, Locale locale, ZoneId zone, Runnable onBack) {
        this.onBack = onBack;
        this.model = model;
        this.text = ResourceBundle.getBundle(BUNDLE, locale);
        this.words = new SelfCheckTexts(locale);
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        build();
    }

    private void build() {
        root.getStyleClass().add("screen");
        root.setId("selfCheckScreen");
        Label title = new Label(text.getString("selfcheck.screenTitle"));
        title.getStyleClass().add("screen-heading");

        Label gate = new Label();
        gate.setId("gateLabel");
        gate.setWrapText(true);
        gate.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        gate.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.allowedProperty().get()
                ? text.getString("selfcheck.allowed")
                : text.getString("selfcheck.blocked") + "\n" + words.render(model.reasons()),
                model.allowedProperty(), model.reasons()));
        gate.styleProperty().bind(javafx.beans.binding.Bindings.when(model.allowedProperty())
                .then("-fx-text-fill: #1b5e20; -fx-font-weight: bold;")
                .otherwise("-fx-text-fill: #b71c1c; -fx-font-weight: bold;"));

        Label lastRun = new Label();
        lastRun.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text.getString("selfcheck.last")
                + " " + (model.lastRunProperty().get() == null ? text.getString("selfcheck.never")
                : time.format(model.lastRunProperty().get())), model.lastRunProperty()));
        Button run = new Button(text.getString("selfcheck.run"));
        run.setId("runSelfCheck");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.runSelfCheck());
        run.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty())
                .then(text.getString("selfcheck.runningButton")).otherwise(text.getString("selfcheck.run")));

        TableView<ItemResult> items = new TableView<>(model.items());
        items.setId("selfCheckItems");
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ItemResult, String> item = column("selfcheck.column.item", r -> words.item(r.item()), 150);
        item.setCellFactory(WrappingCell.of());
        items.getColumns().add(item);
        TableColumn<ItemResult, String> status = column("selfcheck.column.status", r -> r.status().name(), 100);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : words.status(ItemStatus.valueOf(s)));
                setStyle(empty || s == null ? "" : "-fx-font-weight: bold; -fx-text-fill: "
                        + (s.equals(ItemStatus.FAIL.name()) ? "#b71c1c" : s.equals(ItemStatus.WARN.name()) ? "#e65100" : "#1b5e20"));
            }
        });
        items.getColumns().add(status);
        TableColumn<ItemResult, String> summary = column("selfcheck.column.summary", r -> words.render(r.summary()), 480);
        summary.setCellFactory(WrappingCell.of());
        items.getColumns().add(summary);
        TableColumn<ItemResult, String> remedy = column("selfcheck.column.remedy", r -> words.render(r.remedy()), 420);
        remedy.setCellFactory(WrappingCell.of());
        items.getColumns().add(remedy);
        VBox.setVgrow(items, Priority.ALWAYS);

        Label error = new Label();
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.errorProperty().get().isEmpty()
                ? "" : java.text.MessageFormat.format(text.getString("selfcheck.runFailed"), model.errorProperty().get()),
                model.errorProperty()));
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.setWrapText(true);
        error.visibleProperty().bind(error.managedProperty());
        error.setStyle("-fx-text-fill: #b71c1c;");
        ProgressBar bar = new ProgressBar();
        bar.setId("selfCheckProgress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.setId("selfCheckStep");
        step.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.runningProperty().get()
                ? java.text.MessageFormat.format(text.getString("selfcheck.running"), model.currentItemProperty().get().isEmpty()
                        ? "" : words.item(model.currentItemProperty().get()),
                        Math.round(model.progressProperty().get() * 100)) : "",
                model.runningProperty(), model.currentItemProperty(), model.progressProperty()));
        HBox progress = new HBox(12, bar, step);
        progress.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button back = new Button(text.getString("selfcheck.back"));
        back.setId("selfCheckBack");
        back.setOnAction(e -> onBack.run());
        HBox buttons = new HBox(12, back, run);
        root.getChildren().addAll(title, gate, lastRun, buttons, progress, error, items);
    }

    private TableColumn<ItemResult, String> column(String key, Function<ItemResult, String> value, double width) {
        TableColumn<ItemResult, String> c = new TableColumn<>(text.getString(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setMinWidth(Math.min(width, 80));
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
    }

}
