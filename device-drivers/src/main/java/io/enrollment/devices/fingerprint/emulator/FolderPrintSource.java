package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.PrintImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Serves the images of a folder (PNG, BMP, JPEG, PGM; assumed 500 ppi) in name order, cut to sensor size, round robin. */
public final class FolderPrintSource implements PrintSource {
    private final Path folder;
    private final List<Path> files;
    private int next;

    /**
     * @throws IOException when the folder cannot be listed or holds no image file
     */
    public FolderPrintSource(Path folder) throws IOException {
        this.folder = folder;
        if (!Files.isDirectory(folder)) {
            throw new IOException("image folder " + folder + " does not exist or is not a folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|bmp|jpe?g|pgm)"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("image folder " + folder + " holds no PNG, BMP, JPEG or PGM file");
        }
    }

    @Override
    public synchronized GreyImage next(int width, int height) {
        Path file = files.get(next);
        next = (next + 1) % files.size();
        try {
            return PrintImages.centre(PrintImages.read(file), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return files.size() + " image(s) from " + folder;
    }
}
