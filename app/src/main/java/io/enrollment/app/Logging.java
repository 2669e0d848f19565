package io.enrollment.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points logging at the workstation's log folder (rotated daily and by size, see {@code workstation-logback.xml}).
 * Nothing biometric and no PIN is ever logged: log ids, sizes and verdicts, never bytes or secrets.
 */
public final class Logging {
    private Logging() {
    }

    public static void start(Path logDir) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log folder " + logDir, e);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("LOG_DIR", logDir.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try (InputStream in = Logging.class.getResourceAsStream("/workstation-logback.xml")) {
            configurator.doConfigure(in);
        } catch (IOException | JoranException e) {
            throw new IllegalStateException("logging configuration is broken", e);
        }
        LoggerFactory.getLogger(Logging.class).info("logging to {}", logDir);
    }
}
