package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.enrollment.signing.tsp.TimestampAuthority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** {@code POST /tsa}: RFC 3161 over HTTP ({@code application/timestamp-query} → {@code application/timestamp-reply}). */
public final class TsaHandler implements HttpHandler {
    private static final int MAX_REQUEST = 16 * 1024;
    private final TimestampAuthority tsa;

    public TsaHandler(TimestampAuthority tsa) {
        this.tsa = tsa;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!"POST".equals(ex.getRequestMethod()) || !"/tsa".equals(ex.getRequestURI().getPath())) {
                Replies.error(ex, 405, "method", "POST a TimeStampReq to /tsa", ResponseDecorator.NONE);
                return;
            }
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/timestamp-query")) {
                Replies.error(ex, 415, "media-type", "Content-Type must be application/timestamp-query",
                        ResponseDecorator.NONE);
                return;
            }
            byte[] request = readBounded(ex.getRequestBody());
            if (request == null) {
                Replies.error(ex, 413, "too-large", "a TimeStampReq is at most " + MAX_REQUEST + " bytes",
                        ResponseDecorator.NONE);
                return;
            }
            Replies.body(ex, 200, "application/timestamp-reply", tsa.respond(request), ResponseDecorator.NONE);
        } finally {
            ex.close();
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_REQUEST) {
                return null;
            }
        }
        return out.toByteArray();
    }
}
