package io.enrollment.app.queue;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.i18n.Messages;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Controller of {@code Queue.fxml}: the queue table, its counts, retry; refreshed every two seconds while shown.
 * Binds {@link QueueViewModel}.
 */
public final class QueueView implements Screen {
    private final QueueViewModel model;
    private final Runnable onBack;
    private final Parent root;
    private final Timeline poll;
    @FXML
    private Label summary;
    @FXML
    private Label connection;
    @FXML
    private TableView<QueueViewModel.Row> table;
    @FXML
    private TableColumn<QueueViewModel.Row, String> kind;
    @FXML
    private TableColumn<QueueViewModel.Row, String> created;
    @FXML
    private TableColumn<QueueViewModel.Row, String> state;
    @FXML
    private TableColumn<QueueViewModel.Row, String> size;
    @FXML
    private TableColumn<QueueViewModel.Row, String> sent;
    @FXML
    private TableColumn<QueueViewModel.Row, String> attempts;
    @FXML
    private TableColumn<QueueViewModel.Row, String> lastError;
    @FXML
    private TableColumn<QueueViewModel.Row, String> itemId;
    @FXML
    private Label message;

    public QueueView(QueueViewModel model, Messages m, Runnable onBack) {
        this.model = model;
        this.onBack = onBack;
        this.root = Fxml.load(this, "Queue.fxml", m);
        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        connection.textProperty().bind(model.connectionProperty());
        message.textProperty().bind(model.messageProperty());
        table.setItems(model.rows());
        show(kind, QueueViewModel.Row::kind);
        show(created, QueueViewModel.Row::created);
        show(state, QueueViewModel.Row::state);
        show(size, QueueViewModel.Row::size);
        show(sent, QueueViewModel.Row::sent);
        show(attempts, QueueViewModel.Row::attempts);
        show(lastError, QueueViewModel.Row::lastError);
        show(itemId, r -> r.id().toString());
    }

    private static void show(TableColumn<QueueViewModel.Row, String> column, Function<QueueViewModel.Row, String> value) {
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    @FXML
    private void retry() {
        model.retry(table.getSelectionModel().getSelectedItem());
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
        table.requestFocus(); // the keyboard starts in the list (arrows select, Tab goes on to Back and Retry)
    }

    @Override
    public void detach() {
        poll.stop();
    }
}
