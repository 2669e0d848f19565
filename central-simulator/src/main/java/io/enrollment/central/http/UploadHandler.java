package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import io.enrollment.central.ItemKind;
import io.enrollment.central.fault.FaultInjector;
import io.enrollment.central.receipt.ReceiptSigner;
import io.enrollment.central.store.CentralStore;
import io.enrollment.central.store.StoredItem;
import io.enrollment.central.store.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol operations on one item ({@code docs/protocol.md}): {@code HEAD} (where am I), {@code PATCH}
 * (send bytes, resumable; completes with a signed receipt) and {@code GET …/receipt}. Work on one item is
 * serialised; different items proceed in parallel.
 */
public final class UploadHandler {
    public static final Set<String> EVENT_KINDS = Set.of("QC_FAILURE", "SELF_CHECK", "INCIDENT", "CONSENT_WITHDRAWAL");
    static final String OFFSET_TYPE = "application/offset+octet-stream";
    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long LOCK_WAIT_SECONDS = 30;

    private final CentralStore store;
    private final Completion completion;
    private final ReceiptSigner signer;
    private final FaultInjector faults;
    private final Path uploadsDir;
    private final long maxUploadBytes;
    private final ReentrantLock[] locks = new ReentrantLock[256];

    /**
     * @param receivedDir where completed payloads are kept, or {@code null} to delete them once verified
     */
    public static UploadHandler create(CentralStore store, io.enrollment.central.verify.PackageVerifier verifier,
                                       ReceiptSigner signer, FaultInjector faults, String centralName, Path uploadsDir,
                                       Path receivedDir, long maxUploadBytes) throws IOException {
        Completion completion = new Completion(store, verifier, signer, faults, centralName, receivedDir);
        return new UploadHandler(store, completion, signer, faults, uploadsDir, maxUploadBytes);
    }

    private UploadHandler(CentralStore store, Completion completion, ReceiptSigner signer, FaultInjector faults,
                  Path uploadsDir, long maxUploadBytes) throws IOException {
        this.store = store;
        this.completion = completion;
        this.signer = signer;
        this.faults = faults;
        this.uploadsDir = Files.createDirectories(uploadsDir);
        this.maxUploadBytes = maxUploadBytes;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Handles one request on {@code ref}; the exchange is always closed afterwards. */
    void handle(HttpExchange ex, ItemRef ref, ResponseDecorator deco) throws IOException {
        try {
            faults.delay();
            if (faults.failThisRequest()) {
                Replies.drain(ex.getRequestBody(), maxUploadBytes);
                Replies.error(ex, 503, "unavailable", "injected fault: service unavailable", deco);
                return;
            }
            String method = ex.getRequestMethod();
            if (ref.receipt()) {
                if (!"GET".equals(method)) {
                    Replies.error(ex, 405, "method", "use GET on .../receipt", deco);
                    return;
                }
                receipt(ex, ref, deco);
            } else if ("HEAD".equals(method)) {
                head(ex, ref, deco);
            } else if ("PATCH".equals(method)) {
                patch(ex, ref, deco);
            } else {
                Replies.error(ex, 405, "method", "use HEAD or PATCH on /v1/KIND/ID", deco);
            }
        } catch (SQLException e) {
            LOG.error("database error on {} {}", ref.kind().segment(), ref.id(), e);
            Replies.error(ex, 500, "internal", "database error: " + e.getMessage(), deco);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Replies.error(ex, 503, "unavailable", "server shutting down", deco);
        } finally {
            ex.close();
        }
    }

    private void receipt(HttpExchange ex, ItemRef ref, ResponseDecorator deco) throws IOException, SQLException {
        Optional<StoredItem> item = store.durableItem(ref.kind(), ref.id());
        if (item.isEmpty()) {
            Replies.error(ex, 404, "not-found", "no complete " + ref.kind().segment() + " " + ref.id(), deco);
            return;
        }
        sendReceipt(ex, item.get(), deco);
    }

    private void head(HttpExchange ex, ItemRef ref, ResponseDecorator deco) throws IOException, SQLException {
        Optional<StoredItem> item = store.item(ref.kind(), ref.id());
        if (item.isPresent()) {
            StoredItem i = item.get();
            ex.getResponseHeaders().set("Upload-Complete", "true");
            ex.getResponseHeaders().set("Upload-Offset", Long.toString(i.size()));
            ex.getResponseHeaders().set("Upload-Length", Long.toString(i.size()));
            ex.getResponseHeaders().set("Package-SHA256", i.sha256());
            Replies.empty(ex, 200, deco);
            return;
        }
        Optional<Upload> upload = store.upload(ref.kind(), ref.id());
        if (upload.isEmpty()) {
            Replies.empty(ex, 404, deco);
            return;
        }
        ex.getResponseHeaders().set("Upload-Offset", Long.toString(offset(ref)));
        ex.getResponseHeaders().set("Upload-Length", Long.toString(upload.get().length()));
        ex.getResponseHeaders().set("Package-SHA256", upload.get().sha256());
        Replies.empty(ex, 200, deco);
    }

    private void patch(HttpExchange ex, ItemRef ref, ResponseDecorator deco)
            throws IOException, SQLException, InterruptedException {
        PatchRequest req;
        try {
            req = PatchRequest.of(ex, ref.kind(), maxUploadBytes);
        } catch (PatchRequest.Refused r) {
            Replies.drain(ex.getRequestBody(), maxUploadBytes);
            Replies.error(ex, r.status(), r.status() == 413 ? "too-large" : "bad-request", r.getMessage(), deco);
            return;
        }
        ReentrantLock lock = locks[Math.floorMod(ref.key().hashCode(), locks.length)];
        if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
            Replies.error(ex, 503, "busy", "another upload of this item is still running", deco);
            return;
        }
        try {
            patchLocked(ex, ref, req, deco);
        } finally {
            lock.unlock();
        }
    }

    private void patchLocked(HttpExchange ex, ItemRef ref, PatchRequest req, ResponseDecorator deco)
            throws IOException, SQLException {
        Optional<StoredItem> done = store.durableItem(ref.kind(), ref.id());
        if (done.isPresent()) {
            Replies.drain(ex.getRequestBody(), req.length());
            StoredItem item = done.get();
            if (item.sha256().equals(req.sha256()) && item.size() == req.length()) {
                store.count(ref.kind(), CentralStore.DUPLICATE);
                sendReceipt(ex, item, deco);
            } else {
                conflict(ex, ref, deco);
            }
            return;
        }
        Path partial = uploadsDir.resolve(ref.key() + ".part");
        Optional<Upload> existing = store.upload(ref.kind(), ref.id());
        Upload upload;
        if (existing.isPresent()) {
            upload = existing.get();
            if (!upload.sameBytes(req.sha256(), req.length())) {
                Replies.drain(ex.getRequestBody(), req.length());
                conflict(ex, ref, deco);
                return;
            }
            if (!Files.exists(partial)) {
                Files.createFile(partial);
            }
        } else {
            if (req.offset() != 0) {
                Replies.drain(ex.getRequestBody(), req.length());
                ex.getResponseHeaders().set("Upload-Offset", "0");
                Replies.error(ex, 409, "offset", "unknown upload: start at 0, not " + req.offset(), deco);
                return;
            }
            upload = new Upload(ref.kind(), ref.id(), req.eventKind(), req.sha256(), req.length());
            Files.deleteIfExists(partial); // left over from a crash before the upload was recorded
            Files.createFile(partial);
            store.begin(upload);
        }
        long current = Files.size(partial);
        if (req.offset() != current) {
            Replies.drain(ex.getRequestBody(), req.length());
            ex.getResponseHeaders().set("Upload-Offset", Long.toString(current));
            Replies.error(ex, 409, "offset", "upload continues at " + current + ", not " + req.offset(), deco);
            return;
        }
        if (!append(ex, partial, req.length() - current)) {
            store.progress(ref.kind(), ref.id(), Files.size(partial));
            return; // connection lost or deliberately dropped: what arrived is kept
        }
        long now = Files.size(partial);
        if (now < req.length()) {
            store.progress(ref.kind(), ref.id(), now); // a complete upload's row goes with its completion
            ex.getResponseHeaders().set("Upload-Offset", Long.toString(now));
            Replies.empty(ex, 204, deco);
            return;
        }
        StoredItem item = completion.complete(upload, partial, clientName(ex));
        LOG.info("{} {} complete: {} {}", ref.kind().segment(), ref.id(), item.status(),
                item.reason() == null ? "" : item.reason());
        sendReceipt(ex, item, deco);
    }

    /**
     * Appends the request body (at most {@code room} bytes) to the partial file.
     *
     * @return false when the connection was lost or dropped on purpose (no response can be sent)
     */
    private boolean append(HttpExchange ex, Path partial, long room) throws IOException {
        long dropAfter = faults.dropAfter();
        long received = 0;
        byte[] buf = new byte[65536];
        try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.APPEND)) {
            InputStream in = faults.body(ex.getRequestBody());
            while (received < room) {
                int want = (int) Math.min(buf.length, Math.min(room - received, dropAfter - received));
                int n;
                try {
                    n = in.read(buf, 0, want);
                } catch (IOException lost) {
                    LOG.info("connection lost after {} bytes: {}", received, lost.getMessage());
                    return false;
                }
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                received += n;
                if (received >= dropAfter && received < room) {
                    out.flush();
                    LOG.info("fault drop-after: dropping the connection after {} bytes", received);
                    return false; // the caller closes the exchange without a response: the connection drops
                }
            }
        }
        return true;
    }

    private void conflict(HttpExchange ex, ItemRef ref, ResponseDecorator deco) throws IOException, SQLException {
        store.count(ref.kind(), CentralStore.CONFLICT);
        LOG.warn("{} {}: id already used with other bytes (409)", ref.kind().segment(), ref.id());
        Replies.error(ex, 409, "conflict", "this id is already used with other bytes; never overwritten", deco);
    }

    private void sendReceipt(HttpExchange ex, StoredItem item, ResponseDecorator deco) throws IOException {
        Replies.body(ex, 200, "application/json", signer.wire(item.receipt(), item.signature()), deco);
    }

    private long offset(ItemRef ref) throws IOException {
        Path partial = uploadsDir.resolve(ref.key() + ".part");
        return Files.exists(partial) ? Files.size(partial) : 0;
    }

    private static String clientName(HttpExchange ex) {
        if (ex instanceof HttpsExchange) {
            try {
                return ((HttpsExchange) ex).getSSLSession().getPeerPrincipal().getName();
            } catch (SSLPeerUnverifiedException e) {
                return null;
            }
        }
        return null;
    }

    /** The validated headers of a PATCH. */
    record PatchRequest(long offset, long length, String sha256, String eventKind) {
        /** A request refused before any byte is read. */
        static final class Refused extends Exception {
            private static final long serialVersionUID = 1L;
            private final int status;

            Refused(int status, String message) {
                super(message);
                this.status = status;
            }

            int status() {
                return status;
            }
        }

        static PatchRequest of(HttpExchange ex, ItemKind kind, long maxBytes) throws Refused {
            String type = single(ex, "Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(OFFSET_TYPE)) {
                throw new Refused(400, "Content-Type must be " + OFFSET_TYPE + ", got " + type);
            }
            long offset = number(ex, "Upload-Offset");
            long length = number(ex, "Upload-Length");
            if (length > maxBytes) {
                throw new Refused(413, "Upload-Length " + length + " exceeds the limit of " + maxBytes + " bytes");
            }
            if (offset > length) {
                throw new Refused(400, "Upload-Offset " + offset + " is beyond Upload-Length " + length);
            }
            String sha = single(ex, "Package-SHA256");
            if (sha == null || !SHA256.matcher(sha.toLowerCase(Locale.ROOT)).matches()) {
                throw new Refused(400, "Package-SHA256 must be 64 hex digits");
            }
            String cl = ex.getRequestHeaders().getFirst("Content-Length");
            if (cl != null) {
                try {
                    if (offset + Long.parseLong(cl.trim()) > length) {
                        throw new Refused(400, "the body goes beyond Upload-Length (offset " + offset + " + "
                                + cl.trim() + " bytes > " + length + ")");
                    }
                } catch (NumberFormatException e) {
                    throw new Refused(400, "Content-Length is not a number");
                }
            }
            String eventKind = null;
            if (kind == ItemKind.EVENTS) {
                eventKind = single(ex, "Event-Kind");
                if (eventKind == null || !EVENT_KINDS.contains(eventKind)) {
                    throw new Refused(400, "Event-Kind must be one of " + String.join(", ", EVENT_KINDS.stream()
                            .sorted().toArray(String[]::new)) + ", got " + eventKind);
                }
            }
            return new PatchRequest(offset, length, sha.toLowerCase(Locale.ROOT), eventKind);
        }

        /** The header's only value, {@code null} when absent; a repeated header is malformed. */
        private static String single(HttpExchange ex, String header) throws Refused {
            java.util.List<String> values = ex.getRequestHeaders().get(header);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                throw new Refused(400, header + " is given " + values.size() + " times");
            }
            return values.get(0);
        }

        private static long number(HttpExchange ex, String header) throws Refused {
            String v = single(ex, header);
            if (v == null) {
                throw new Refused(400, header + " header is missing");
            }
            try {
                long n = Long.parseLong(v.trim());
                if (n < 0) {
                    throw new Refused(400, header + " must not be negative");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new Refused(400, header + " is not a number: " + v);
            }
        }
    }
}
