package io.enrollment.app.fx;

import io.enrollment.app.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML (a resource next to its controller's class, same package path) with the texts of one
 * language: {@code %key} in the FXML reads the {@link Messages} bundle. A language switch rebuilds the screens,
 * so each load sees the language in force.
 */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code name} (e.g. {@code "FaceStep.fxml"}) with {@code controller} as its controller; returns the root. */
    public static <T extends Parent> T load(Object controller, String name, Messages messages) {
        return load(controller, name, messages.bundle());
    }

    /** As {@link #load(Object, String, Messages)}, with a screen's own bundle (e.g. the self-check's texts). */
    @SuppressWarnings("unchecked")
    public static <T extends Parent> T load(Object controller, String name, java.util.ResourceBundle bundle) {
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing next to " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setController(controller);
        try {
            return (T) loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is broken", e);
        }
    }
}
