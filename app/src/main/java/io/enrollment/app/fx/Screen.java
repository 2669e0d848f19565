package io.enrollment.app.fx;

import javafx.scene.Parent;

/**
 * One screen of the workstation. The shell calls {@link #attach()} when it shows the screen and
 * {@link #detach()} when it leaves, so that live previews and device subscriptions run only while seen.
 */
public interface Screen {
    Parent root();

    default void attach() {
    }

    default void detach() {
    }
}
