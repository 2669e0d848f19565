package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.IntegrityManifest;
import io.enrollment.app.selfcheck.SelfCheckItem;
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
            return ItemResult.fail(id(), "the application does not run from an installed jar: its integrity cannot be checked",
                    m, "run the installed workstation (./workstation or the installed package), not a development build");
        }
        Path manifestFile = installation.get().resolve(IntegrityManifest.FILE_NAME);
        m.add(Measurement.of("manifest", manifestFile, ""));
        IntegrityManifest manifest;
        try {
            manifest = IntegrityManifest.read(manifestFile);
        } catch (IOException | IllegalArgumentException e) {
            return ItemResult.fail(id(), "the integrity manifest cannot be read: " + e.getMessage(), m,
                    "reinstall the workstation software from the official package");
        }
        if (manifest.entries().isEmpty()) {
            return ItemResult.fail(id(), "the integrity manifest lists no files", m,
                    "reinstall the workstation software from the official package");
        }
        List<String> differences;
        try {
            differences = manifest.differences(installation.get());
        } catch (IOException e) {
            return ItemResult.fail(id(), "the application files cannot be read: " + e.getMessage(), m,
                    "reinstall the workstation software from the official package");
        }
        m.add(Measurement.of("files checked", manifest.entries().size(), ""));
        m.add(Measurement.against("files differing", differences.size(), "= 0", ""));
        if (!differences.isEmpty()) {
            String list = String.join("; ", differences.subList(0, Math.min(5, differences.size())))
                    + (differences.size() > 5 ? "; …" : "");
            return ItemResult.fail(id(), differences.size() + " application file(s) differ from the build: " + list, m,
                    "do not enroll; reinstall the workstation software from the official package and report it (security incident)");
        }
        return ItemResult.ok(id(), manifest.entries().size() + " files match the build's checksums", m);
    }
}
