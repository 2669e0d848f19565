package io.enrollment.queue.transmit;

import io.enrollment.queue.QueueItem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import javax.net.ssl.SSLException;

/**
 * The upload protocol of {@code docs/protocol.md} over HTTPS (TLS 1.3, client certificate, pinned server):
 * ask where the central system stands ({@code HEAD}; skipped on an item's first attempt), send the rest
 * ({@code PATCH} from that offset), and accept only a verified receipt. Idempotent: any step may be repeated after
 * any failure. Thread-safe: parallel uploads share its connections and its bandwidth cap.
 */
public final class HttpsChannel implements CentralChannel {
    /** Offset corrections in one attempt before giving up (a server that keeps moving its offset is faulty). */
    private static final int MAX_ROUNDS = 8;
    private final HttpClient http;
    private final Route route;
    private final ReceiptVerifier receipts;
    private final Duration requestTimeout;
    private final BandwidthCap cap;

    /**
     * @param bytesPerSecond bandwidth cap for uploads, shared by parallel uploads; 0 for none
     */
    public HttpsChannel(ClientTls tls, Route route, Duration connectTimeout, Duration requestTimeout, long bytesPerSecond) {
        this.http = HttpClient.newBuilder().sslContext(tls.context()).sslParameters(ClientTls.parameters())
                .connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.route = route;
        this.receipts = new ReceiptVerifier(tls.pinned());
        this.requestTimeout = requestTimeout;
        this.cap = new BandwidthCap(bytesPerSecond);
    }

    @Override
    public Receipt send(QueueItem item, byte[] payload, ProgressListener progress)
            throws TransmissionException, InvalidReceiptException {
        // An item never tried before has no bytes at the central system: it goes from 0 without asking first (one
        // round trip less). Should the central system hold some after all, the PATCH is answered as a re-send
        // would be: 409 with its offset, or the stored receipt.
        long offset = item.attempts() == 0 ? 0 : where(item);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (offset < 0) {
                return receipt(item);
            }
            HttpResponse<byte[]> r = patch(item, payload, (int) offset, progress);
            switch (r.statusCode()) {
                case 200, 201:
                    return receipts.verify(r.body(), item);
                case 204:
                    offset = uploadOffset(r).orElseThrow(() -> TransmissionException.transientFailure(
                            "the central system answered 204 without Upload-Offset"));
                    break;
                case 409:
                    OptionalLong serverOffset = uploadOffset(r);
                    if (serverOffset.isEmpty()) {
                        throw TransmissionException.permanentFailure("the central system already holds id " + item.id()
                                + " with other content (409 conflict): " + bodyText(r));
                    }
                    offset = serverOffset.getAsLong();
                    break;
                default:
                    throw failure(r, "upload");
            }
        }
        throw TransmissionException.transientFailure("the central system kept changing its upload offset");
    }

    /** The offset to continue from, or -1 when the central system already has the whole item. */
    private long where(QueueItem item) throws TransmissionException {
        HttpResponse<byte[]> r = exchange(request(item, "").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() == 404) {
            return 0;
        }
        if (r.statusCode() != 200) {
            throw failure(r, "status query");
        }
        if (r.headers().firstValue("Upload-Complete").map("true"::equalsIgnoreCase).orElse(false)) {
            return -1;
        }
        Optional<String> sha = r.headers().firstValue("Package-SHA256");
        if (sha.isPresent() && !sha.get().equalsIgnoreCase(item.sha256())) {
            throw TransmissionException.permanentFailure("the central system holds a partial upload of id " + item.id()
                    + " with other content");
        }
        long offset = uploadOffset(r).orElse(0);
        if (offset < 0 || offset > item.size()) {
            throw TransmissionException.transientFailure("the central system reports an impossible offset " + offset);
        }
        return offset;
    }

    private Receipt receipt(QueueItem item) throws TransmissionException, InvalidReceiptException {
        HttpResponse<byte[]> r = exchange(request(item, "/receipt").GET().build());
        if (r.statusCode() != 200) {
            throw failure(r, "receipt query");
        }
        return receipts.verify(r.body(), item);
    }

    private HttpResponse<byte[]> patch(QueueItem item, byte[] payload, int offset, ProgressListener progress)
            throws TransmissionException {
        // With every byte already at the server (its answer was lost), an empty PATCH at L completes the upload.
        HttpRequest.BodyPublisher body = offset == payload.length ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ThrottledInputStream(payload, offset, cap, item.id(), progress)),
                payload.length - offset);
        return exchange(request(item, "").method("PATCH", body)
                .header("Upload-Offset", Long.toString(offset))
                .header("Upload-Length", Long.toString(item.size()))
                .header("Package-SHA256", item.sha256())
                .header("Content-Type", "application/offset+octet-stream")
                .build());
    }

    private HttpRequest.Builder request(QueueItem item, String suffix) {
        HttpRequest.Builder b = HttpRequest.newBuilder(route.uri(item.kind(), item.id(), suffix)).timeout(requestTimeout);
        if (!item.kind().isPackage()) {
            b.header("Event-Kind", item.kind().name());
        }
        route.decorate(b);
        return b;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws TransmissionException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new TransmissionException("the central system cannot be reached (" + describe(e) + ")", false, true, e);
        } catch (HttpTimeoutException e) {
            throw new TransmissionException("the central system did not answer within " + requestTimeout.toSeconds() + " s",
                    false, false, e);
        } catch (SSLException e) {
            throw new TransmissionException("secure connection refused: " + describe(e), false, true, e);
        } catch (IOException e) {
            throw new TransmissionException("connection to the central system lost: " + describe(e), false, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransmissionException.transientFailure("interrupted");
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static OptionalLong uploadOffset(HttpResponse<?> r) {
        Optional<String> v = r.headers().firstValue("Upload-Offset");
        try {
            return v.isPresent() ? OptionalLong.of(Long.parseLong(v.get().trim())) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static TransmissionException failure(HttpResponse<byte[]> r, String what) {
        int code = r.statusCode();
        String xroad = r.headers().firstValue("X-Road-Error").map(e -> " [X-Road-Error " + e + "]").orElse("");
        String message = "the central system answered " + code + " to the " + what + xroad + ": " + bodyText(r);
        boolean permanent = code == 400 || code == 403 || code == 413 || code == 422;
        return new TransmissionException(message, permanent, false, null);
    }

    private static String bodyText(HttpResponse<byte[]> r) {
        byte[] b = r.body() == null ? new byte[0] : r.body();
        String s = new String(b, 0, Math.min(b.length, 300), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return s.isBlank() ? "(no body)" : s;
    }
}
