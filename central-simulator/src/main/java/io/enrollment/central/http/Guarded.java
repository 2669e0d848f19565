package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edge of the server: a handler's unexpected failure is logged once and answered {@code 500} (when the
 * response has not started), and the exchange is always closed so that no client waits for an answer that
 * will never come.
 */
public final class Guarded implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Guarded.class);
    private final HttpHandler inner;

    public Guarded(HttpHandler inner) {
        this.inner = inner;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            inner.handle(ex);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            try {
                Replies.error(ex, 500, "internal", "internal error: " + e.getClass().getSimpleName(),
                        ResponseDecorator.NONE);
            } catch (IOException | RuntimeException alreadyStarted) {
                LOG.debug("could not send the 500 answer", alreadyStarted);
            }
        } finally {
            ex.close();
        }
    }
}
