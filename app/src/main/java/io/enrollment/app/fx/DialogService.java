package io.enrollment.app.fx;

import java.nio.file.Path;
import java.util.Optional;

/** Questions to the officer, so that view models never create windows themselves. */
public interface DialogService {
    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String question);

    /** Where to save a file, or empty when the officer cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);
}
