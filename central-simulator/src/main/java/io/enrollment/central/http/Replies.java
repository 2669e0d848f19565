package io.enrollment.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Writes responses: a body, no body, or a JSON error {@code {"error", "message"}}. */
final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    static void body(HttpExchange ex, int status, String contentType, byte[] body, ResponseDecorator deco)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        deco.decorate(ex, status);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void empty(HttpExchange ex, int status, ResponseDecorator deco) throws IOException {
        deco.decorate(ex, status);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    static void error(HttpExchange ex, int status, String error, String message, ResponseDecorator deco)
            throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", error);
        n.put("message", message);
        body(ex, status, "application/json", json(n), deco);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Reads and discards what is left of a request body, at most {@code max} bytes. */
    static void drain(InputStream in, long max) throws IOException {
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while (total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
            total += n;
        }
    }
}
