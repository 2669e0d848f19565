package io.enrollment.app.cli;

import java.nio.file.Path;

/** Lets tests in other packages write the minimal workstation configuration of {@link AuditCommandTest}. */
public final class AuditCommandTestAccess {
    private AuditCommandTestAccess() {
    }

    public static Path minimalConfig(Path home) throws Exception {
        return AuditCommandTest.minimalConfig(home);
    }
}
