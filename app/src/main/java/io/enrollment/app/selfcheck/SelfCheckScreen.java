package io.enrollment.app.selfcheck;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.WrappingCell;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/**
 * Controller of {@code SelfCheck.fxml}: the enrollment gate (green, or red with its reasons), the run in progress
 * (bar and the item being checked), and the last self-check's items (status, what was found, the remedy). The
 * incident register has its own screen ({@code incident.IncidentsView}). Texts from {@code selfcheck.properties} /
 * {@code selfcheck_ru.properties}; the findings and reasons are worded here ({@link SelfCheckTexts}) in the
 * screen's language, so the language switch, which rebuilds the screen, words them again.
 */
public final class SelfCheckScreen implements Screen {
    public static final String BUNDLE = "io.enrollment.app.selfcheck.selfcheck";
    private static final String GATE_ALLOWED = "gate-allowed";
    private static final String GATE_BLOCKED = "gate-blocked";

    private final SelfCheckViewModel model;
    private final ResourceBundle text;
    private final SelfCheckTexts words;
    private final DateTimeFormatter time;
    private final Runnable onBack;
    private final Parent root;
    @FXML
    private Label gate;
    @FXML
    private Label lastRun;
    @FXML
    private Button run;
    @FXML
    private HBox progress;
    @FXML
    private ProgressBar bar;
    @FXML
    private Label step;
    @FXML
    private Label error;
    @FXML
    private TableView<ItemResult> items;
    @FXML
    private TableColumn<ItemResult, String> item;
    @FXML
    private TableColumn<ItemResult, String> status;
    @FXML
    private TableColumn<ItemResult, String> summary;
    @FXML
    private TableColumn<ItemResult, String> remedy;

    public SelfCheckScreen(SelfCheckViewModel model, Locale locale, ZoneId zone, Runnable onBack) {
        this.onBack = onBack;
        this.model = model;
        this.words = new SelfCheckTexts(locale);
        this.text = words.bundle();
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        this.root = Fxml.load(this, "SelfCheck.fxml", text);
    }

    @FXML
    private void initialize() {
        gate.textProperty().bind(Bindings.createStringBinding(() -> model.allowedProperty().get()
                ? text.getString("selfcheck.allowed")
                : text.getString("selfcheck.blocked") + "\n" + words.render(model.reasons()),
                model.allowedProperty(), model.reasons()));
        model.allowedProperty().addListener((o, was, allowed) -> gateStyle(allowed));
        gateStyle(model.allowedProperty().get());

        lastRun.textProperty().bind(Bindings.createStringBinding(() -> text.getString("selfcheck.last") + " "
                + (model.lastRunProperty().get() == null ? text.getString("selfcheck.never")
                : time.format(model.lastRunProperty().get())), model.lastRunProperty()));
        run.disableProperty().bind(model.runningProperty());
        run.textProperty().bind(Bindings.when(model.runningProperty())
                .then(text.getString("selfcheck.runningButton")).otherwise(text.getString("selfcheck.run")));

        bar.progressProperty().bind(model.progressProperty());
        step.textProperty().bind(Bindings.createStringBinding(() -> model.runningProperty().get()
                ? MessageFormat.format(text.getString("selfcheck.running"), model.currentItemProperty().get().isEmpty()
                        ? "" : words.item(model.currentItemProperty().get()), Math.round(model.progressProperty().get() * 100))
                : "", model.runningProperty(), model.currentItemProperty(), model.progressProperty()));
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());

        error.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get().isEmpty()
                ? "" : MessageFormat.format(text.getString("selfcheck.runFailed"), model.errorProperty().get()),
                model.errorProperty()));
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        items.setItems(model.items());
        show(item, r -> words.item(r.item()));
        item.setCellFactory(WrappingCell.of());
        show(status, r -> r.status().name());
        status.setCellFactory(c -> new StatusCell());
        show(summary, r -> words.render(r.summary()));
        summary.setCellFactory(WrappingCell.of());
        show(remedy, r -> words.render(r.remedy()));
        remedy.setCellFactory(WrappingCell.of());
    }

    private void gateStyle(boolean allowed) {
        gate.getStyleClass().removeAll(GATE_ALLOWED, GATE_BLOCKED);
        gate.getStyleClass().add(allowed ? GATE_ALLOWED : GATE_BLOCKED);
    }

    private static void show(TableColumn<ItemResult, String> column, Function<ItemResult, String> value) {
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    /** OK, WARN or FAIL in words, coloured by the style class {@code item-status-ok|warn|fail}. */
    private final class StatusCell extends TableCell<ItemResult, String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeIf(c -> c.startsWith("item-status-"));
            if (empty || s == null) {
                setText(null);
                return;
            }
            ItemStatus st = ItemStatus.valueOf(s);
            setText(words.status(st));
            getStyleClass().add("item-status-" + st.name().toLowerCase(Locale.ROOT));
        }
    }

    @FXML
    private void run() {
        model.runSelfCheck();
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
