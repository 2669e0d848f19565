package io.enrollment.app.queue;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The queue table, its counts, retry; refreshed every two seconds while shown. Binds {@link QueueViewModel}. */
public final class QueueView implements Screen {
    private final QueueViewModel model;
    private final VBox root = new VBox(12);
    private final Timeline poll;

    public QueueView(QueueViewModel model, Messages m, Runnable onBack) {
        this.model = model;
        root.getStyleClass().add("screen");
        TableView<QueueViewModel.Row> table = new TableView<>(model.rows());
        table.setId("queueTable");
        table.setPlaceholder(new javafx.scene.control.Label(m.get("queue.empty")));
        table.getColumns().add(column(m.get("queue.col.kind"), QueueViewModel.Row::kind, 190));
        table.getColumns().add(column(m.get("queue.col.created"), QueueViewModel.Row::created, 150));
        table.getColumns().add(column(m.get("queue.col.state"), QueueViewModel.Row::state, 100));
        table.getColumns().add(column(m.get("queue.col.size"), QueueViewModel.Row::size, 100));
        table.getColumns().add(column(m.get("queue.col.progress"), QueueViewModel.Row::sent, 90));
        table.getColumns().add(column(m.get("queue.col.attempts"), QueueViewModel.Row::attempts, 90));
        table.getColumns().add(column(m.get("queue.col.error"), QueueViewModel.Row::lastError, 180));
        table.getColumns().add(column(m.get("queue.col.id"), r -> r.id().toString(), 290));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button retry = Views.button("retryButton", m.get("queue.retry"), () -> model.retry(table.getSelectionModel().getSelectedItem()));
        Button back = Views.button("queueBack", m.get("shell.back"), onBack);
        root.getChildren().addAll(Views.heading(m.get("queue.heading")), Views.bound("queueSummary", model.summaryProperty()),
                new javafx.scene.control.Label(m.get("queue.transmitter")),
                Views.bound("queueConnection", model.connectionProperty()), table,
                new HBox(12, back, retry, Views.bound("queueMessage", model.messageProperty())));
        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    private static TableColumn<QueueViewModel.Row, String> column(String title, Function<QueueViewModel.Row, String> value, double width) {
        TableColumn<QueueViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
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
