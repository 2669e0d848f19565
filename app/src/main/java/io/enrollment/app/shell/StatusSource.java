package io.enrollment.app.shell;

/** Where the status bar's figures come from; polled by the window. */
public interface StatusSource {
    StatusSnapshot current();
}
