package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.enrollment.central.store.CentralStore;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /admin/stats}: the counts as JSON, for loopback clients only (others get 403). */
public final class AdminHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);
    private final CentralStore store;

    public AdminHandler(CentralStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRemoteAddress().getAddress().isLoopbackAddress()) {
                Replies.error(ex, 403, "forbidden", "/admin/stats answers loopback clients only", ResponseDecorator.NONE);
            } else if (!"/admin/stats".equals(ex.getRequestURI().getPath()) || !"GET".equals(ex.getRequestMethod())) {
                Replies.error(ex, 404, "not-found", "only GET /admin/stats", ResponseDecorator.NONE);
            } else {
                Replies.body(ex, 200, "application/json", Replies.json(store.stats()), ResponseDecorator.NONE);
            }
        } catch (SQLException e) {
            LOG.error("cannot read the counts", e);
            Replies.error(ex, 500, "internal", "database error: " + e.getMessage(), ResponseDecorator.NONE);
        } finally {
            ex.close();
        }
    }
}
