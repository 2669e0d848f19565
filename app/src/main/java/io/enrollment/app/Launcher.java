package io.enrollment.app;

import io.enrollment.app.cli.WorkstationCli;

/**
 * Entry point of the {@code workstation} command. Deliberately not a JavaFX {@code Application}: a jar
 * whose main class extends it cannot start from the class path, and most subcommands need no GUI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(new WorkstationCli().run(args, System.out, System.err));
    }
}
