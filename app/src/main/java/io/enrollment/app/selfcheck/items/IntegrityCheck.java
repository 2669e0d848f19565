package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.IntegrityManifest;
import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Software integrity: the application's jars and model files against the checksum manifest written at build
 * time ({@link IntegrityManifest}). A difference is a FAIL and a security incident.
 */
public final class IntegrityCheck implements SelfCheckItem {
    private final Optional<Path> installation;

    /** @param installation the folder holding {@code workstation.jar}, {@code lib/} and the manifest; empty when unknown */
    public IntegrityCheck(Optional<Path> installation) {
        this.installation = installation;
    }

    /** The folder of the running application jar, when the application runs from a jar. */
    public static Optional<Path> runningInstallation() {
        try {
            Path code = Path.of(IntegrityCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Optional.of(code.getParent()) : Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String id() {
        return "integrity";
    }

    @Override
    public ItemResult run() {
        List<Measurement> m = new ArrayList<>();
        if (installation.isEmpty()) {
            return ItemResult.fail(id(), Finding.of("integrity.notInstalled"), m, Finding.of("integrity.remedy.installed"));
        }
        Path manifestFile = installation.get().resolve(IntegrityManifest.FILE_NAME);
        m.add(Measurement.of("manifest", manifestFile, ""));
        IntegrityManifest manifest;
        try {
            manifest = IntegrityManifest.read(manifestFile);
        } catch (IOException | IllegalArgumentException e) {
            return ItemResult.fail(id(), Finding.of("integrity.manifestUnreadable", e.getMessage()), m,
                    Finding.of("integrity.remedy.reinstall"));
        }
        if (manifest.entries().isEmpty()) {
            return ItemResult.fail(id(), Finding.of("integrity.manifestEmpty"), m, Finding.of("integrity.remedy.reinstall"));
        }
        List<Finding> differences;
        try {
            differences = manifest.differences(installation.get());
        } catch (IOException e) {
            return ItemResult.fail(id(), Finding.of("integrity.filesUnreadable", e.getMessage()), m,
                    Finding.of("integrity.remedy.reinstall"));
        }
        m.add(Measurement.of("files checked", manifest.entries().size(), ""));
        m.add(Measurement.against("files differing", differences.size(), "= 0", ""));
        if (!differences.isEmpty()) {
            List<Finding> shown = new java.util.ArrayList<>(differences.subList(0, Math.min(5, differences.size())));
            if (differences.size() > 5) {
                shown.add(Finding.of("integrity.more", differences.size() - 5));
            }
            return ItemResult.fail(id(), Finding.of("integrity.differ", differences.size(), Finding.list(shown)), m,
                    Finding.of("integrity.remedy.incident"));
        }
        return ItemResult.ok(id(), Finding.of("integrity.ok", manifest.entries().size()), m);
    }
}
