package io.enrollment.central.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tunduk / X-Road REST form, as a security server in front of the service would present it:
 * {@code /r1/{instance}/{memberClass}/{memberCode}/{subsystem}/{service}/v1/KIND/ID[/receipt]} with a
 * required {@code X-Road-Client: INSTANCE/CLASS/MEMBER/SUBSYSTEM}. Responses carry {@code X-Road-Id} (the
 * request's, or a new one), {@code X-Road-Client}, {@code X-Road-Service} and {@code X-Road-Request-Hash}
 * (base64 SHA-512 of the request body as received). Failures of the "security server" itself carry
 * {@code X-Road-Error} and an X-Road error body {@code {"type","message","detail"}}; any 5xx from the service is
 * reported as {@code Server.ServerProxy.ServiceFailed}. The service's own 4xx answers pass through unchanged.
 */
public final class XRoadHandler implements HttpHandler {
    private static final Pattern PATH = Pattern.compile("/r1/([^/]+)/([^/]+)/([^/]+)/([^/]+)/([^/]+)(/v1/.*)");
    private static final Pattern CLIENT = Pattern.compile("[^/\\s]+/[^/\\s]+/[^/\\s]+/[^/\\s]+");

    private final UploadHandler uploads;

    public XRoadHandler(UploadHandler uploads) {
        this.uploads = uploads;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String xroadId = Optional.ofNullable(ex.getRequestHeaders().getFirst("X-Road-Id"))
                .orElseGet(() -> UUID.randomUUID().toString());
        MessageDigest sha512 = sha512();
        ex.setStreams(new DigestInputStream(ex.getRequestBody(), sha512), null);
        Matcher m = PATH.matcher(ex.getRequestURI().getPath());
        String client = ex.getRequestHeaders().getFirst("X-Road-Client");
        ResponseDecorator deco = (e, status) -> {
            e.getResponseHeaders().set("X-Road-Id", xroadId);
            if (client != null) {
                e.getResponseHeaders().set("X-Road-Client", client);
            }
            if (m.matches()) {
                e.getResponseHeaders().set("X-Road-Service", String.join("/", m.group(1), m.group(2), m.group(3),
                        m.group(4), m.group(5)));
            }
            e.getResponseHeaders().set("X-Road-Request-Hash", Base64.getEncoder().encodeToString(sha512.digest()));
            if (status >= 500 && !e.getResponseHeaders().containsKey("X-Road-Error")) {
                e.getResponseHeaders().set("X-Road-Error", "Server.ServerProxy.ServiceFailed");
            }
        };
        if (!m.matches()) {
            xroadError(ex, 404, "Server.ServerProxy.UnknownService",
                    "expected /r1/{instance}/{memberClass}/{memberCode}/{subsystem}/{service}/v1/KIND/ID", xroadId, deco);
            return;
        }
        if (client == null || !CLIENT.matcher(client).matches()) {
            xroadError(ex, 400, "Client.BadRequest", client == null ? "X-Road-Client header is missing"
                    : "X-Road-Client must be INSTANCE/CLASS/MEMBER/SUBSYSTEM, got '" + client + "'", xroadId, deco);
            return;
        }
        Optional<ItemRef> ref = ItemRef.parse(m.group(6));
        if (ref.isEmpty()) {
            xroadError(ex, 404, "Server.ServerProxy.UnknownService",
                    "not a protocol path: expected .../v1/packages|events/UUID[/receipt]", xroadId, deco);
            return;
        }
        uploads.handle(ex, ref.get(), deco);
    }

    private static void xroadError(HttpExchange ex, int status, String type, String message, String xroadId,
                                   ResponseDecorator deco) throws IOException {
        Replies.drain(ex.getRequestBody(), 1 << 20);
        ex.getResponseHeaders().set("X-Road-Error", type);
        ObjectNode n = Replies.JSON.createObjectNode();
        n.put("type", type);
        n.put("message", message);
        n.put("detail", xroadId);
        Replies.body(ex, status, "application/json", Replies.json(n), deco);
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 missing from the JDK", e);
        }
    }
}
