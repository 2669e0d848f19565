package io.enrollment.app.e2e;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every end-to-end GUI test sets up, so that a test class states only its workstation and what it tests:
 * real portraits (the class is skipped, saying so, without them), TestFX's stage, a workstation in a folder of
 * its own opened before each test (or by the test itself, {@link #open}) and closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkstationGuiTest {
    @TempDir
    static Path home;
    DemoWorkstation ws;

    @BeforeAll
    static void realPhotographs() {
        DemoWorkstation.assumeFaces();
    }

    /**
     * The workstation each test starts with, made in {@code dir}; empty when each test opens its own.
     */
    abstract Optional<DemoWorkstation> workstation(Path dir) throws Exception;

    /** The language the window opens in. */
    Locale locale() {
        return Locale.ENGLISH;
    }

    // TestFX looks for @Start only in the test class itself, not in a superclass: the extension has registered
    // and shown its stage by the time @BeforeEach runs, so the window goes onto that stage from here.
    @BeforeEach
    void openWorkstation() throws Exception {
        Optional<DemoWorkstation> first = workstation(newFolder());
        if (first.isPresent()) {
            open(first.get());
        }
    }

    /** A folder no other workstation of this run uses. */
    Path newFolder() {
        return home.resolve(getClass().getSimpleName() + "-" + System.nanoTime());
    }

    /** Opens {@code workstation} on TestFX's stage (from the test's thread); it is closed after the test. */
    void open(DemoWorkstation workstation) throws Exception {
        ws = workstation;
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> {
            workstation.start(stage, locale());
            return null;
        }).get();
    }

    @AfterEach
    void closeWorkstation() {
        if (ws != null) {
            ws.close();
        }
    }
}
