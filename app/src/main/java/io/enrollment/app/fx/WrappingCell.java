package io.enrollment.app.fx;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** A table cell that wraps long text onto more lines (the row grows) instead of cutting it with "…". */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    private WrappingCell(TableColumn<S, String> column) {
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        text.getStyleClass().add("text");
        setGraphic(null);
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /** A cell factory for {@code column}. */
    public static <S> Callback<TableColumn<S, String>, javafx.scene.control.TableCell<S, String>> of() {
        return WrappingCell::new;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
