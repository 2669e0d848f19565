package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.central.verify.Verification;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol of docs/protocol.md against the real HTTPS server on 127.0.0.1 (TLS 1.3, client certificate). */
class CentralServerTest {
    @TempDir
    static Path dir;
    static CentralServer server;
    static TestClient client;

    /** Accepts payloads that start with "GOOD" and rejects the rest with a reason: the verification step is a seam. */
    static Verification goodPrefix(Path payload) {
        try {
            byte[] head = Arrays.copyOf(Files.readAllBytes(payload), 4);
            return new String(head, StandardCharsets.US_ASCII).equals("GOOD") ? Verification.accept()
                    : Verification.reject("test: payload does not start with GOOD");
        } catch (java.io.IOException e) {
            return Verification.reject("unreadable: " + e.getMessage());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.of(dir, 0), (pki, anchors) -> (kind, id, ek, p) -> goodPrefix(p));
        client = TestClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] payload(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        System.arraycopy("GOOD".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        return b;
    }

    static String pkg() {
        return "/v1/packages/" + UUID.randomUUID();
    }

    @Test
    void uploadInOneGoReturnsAReceiptSignedByTheCentralCertificate() throws Exception {
        String path = pkg();
        byte[] data = payload(300_000, 1);
        assertEquals(404, client.head(path).statusCode());
        Instant before = Instant.now();
        HttpResponse<byte[]> r = client.patch(path, data);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode receipt = TestClient.verifiedReceipt(r.body(), client.central);
        assertEquals(path.substring(path.lastIndexOf('/') + 1), receipt.get("id").asText());
        assertEquals("packages", receipt.get("kind").asText());
        assertEquals(TestClient.sha256(data), receipt.get("sha256").asText());
        assertEquals(data.length, receipt.get("size").asLong());
        assertEquals("ACCEPTED", receipt.get("status").asText());
        assertTrue(receipt.get("reason").isNull());
        assertEquals("central-simulator", receipt.get("central").asText());
        Instant at = Instant.parse(receipt.get("receivedAt").asText());
        assertFalse(at.isBefore(before.minusSeconds(1)) || at.isAfter(Instant.now().plusSeconds(1)));

        HttpResponse<byte[]> h = client.head(path);
        assertEquals(200, h.statusCode());
        assertEquals("true", h.headers().firstValue("Upload-Complete").orElse(""));
        HttpResponse<byte[]> again = client.get(path + "/receipt");
        assertEquals(200, again.statusCode());
        assertArrayEquals(r.body(), again.body());
        assertTrue(Files.list(server.dir().resolve("uploads")).findAny().isEmpty(), "no partial file left");
    }

    @Test
    void receiptIsNotFoundBeforeCompletion() throws Exception {
        assertEquals(404, client.get(pkg() + "/receipt").statusCode());
    }

    @Test
    void interruptedUploadResumesFromTheServersOffset() throws Exception {
        String path = pkg();
        byte[] data = payload(200_000, 2);
        HttpResponse<byte[]> first = client.patch(path, data, 0, 70_000, Map.of());
        assertEquals(204, first.statusCode());
        assertEquals("70000", first.headers().firstValue("Upload-Offset").orElse(""));

        HttpResponse<byte[]> h = client.head(path);
        assertEquals(200, h.statusCode());
        assertEquals("70000", h.headers().firstValue("Upload-Offset").orElse(""));
        assertEquals("200000", h.headers().firstValue("Upload-Length").orElse(""));
        assertEquals(TestClient.sha256(data), h.headers().firstValue("Package-SHA256").orElse(""));

        HttpResponse<byte[]> wrongOffset = client.patch(path, data, 50_000, data.length, Map.of());
        assertEquals(409, wrongOffset.statusCode());
        assertEquals("70000", wrongOffset.headers().firstValue("Upload-Offset").orElse(""));

        HttpResponse<byte[]> rest = client.patch(path, data, 70_000, data.length, Map.of());
        assertEquals(200, rest.statusCode());
        assertEquals("ACCEPTED", TestClient.verifiedReceipt(rest.body(), client.central).get("status").asText());
    }

    @Test
    void unknownUploadMustStartAtZero() throws Exception {
        byte[] data = payload(1000, 3);
        HttpResponse<byte[]> r = client.patch(pkg(), data, 10, data.length, Map.of());
        assertEquals(409, r.statusCode());
        assertEquals("0", r.headers().firstValue("Upload-Offset").orElse(""));
    }

    @Test
    void sameIdWithOtherBytesIsAConflictAndNeverOverwritten() throws Exception {
        String path = pkg();
        byte[] data = payload(50_000, 4);
        byte[] other = payload(50_000, 5);
        long conflicts = client.stats().get("conflicts").asLong();
        // while in progress
        assertEquals(204, client.patch(path, data, 0, 10_000, Map.of()).statusCode());
        HttpResponse<byte[]> c1 = client.patch(path, other, 0, other.length, Map.of());
        assertEquals(409, c1.statusCode());
        assertTrue(c1.headers().firstValue("Upload-Offset").isEmpty());
        assertEquals("conflict", TestClient.JSON.readTree(c1.body()).get("error").asText());
        HttpResponse<byte[]> done = client.patch(path, data, 10_000, data.length, Map.of());
        assertEquals(200, done.statusCode());
        // once complete
        HttpResponse<byte[]> c2 = client.patch(path, other);
        assertEquals(409, c2.statusCode());
        assertTrue(c2.headers().firstValue("Upload-Offset").isEmpty());
        assertEquals(conflicts + 2, client.stats().get("conflicts").asLong());
        assertArrayEquals(done.body(), client.get(path + "/receipt").body(), "stored receipt unchanged");
        assertEquals(TestClient.sha256(data), client.head(path).headers().firstValue("Package-SHA256").orElse(""));
    }

    @Test
    void duplicateCompleteUploadGetsTheOriginalReceiptAndIsCounted() throws Exception {
        String path = pkg();
        byte[] data = payload(20_000, 6);
        JsonNode before = client.stats();
        HttpResponse<byte[]> first = client.patch(path, data);
        HttpResponse<byte[]> second = client.patch(path, data);
        assertEquals(200, second.statusCode());
        assertArrayEquals(first.body(), second.body());
        JsonNode after = client.stats();
        assertEquals(before.get("duplicatesRefused").asLong() + 1, after.get("duplicatesRefused").asLong());
        assertEquals(before.get("packagesReceived").asLong() + 1, after.get("packagesReceived").asLong());
        assertEquals(before.get("packagesAccepted").asLong() + 1, after.get("packagesAccepted").asLong());
    }

    @Test
    void failedVerificationStillGetsASignedRejectedReceipt() throws Exception {
        String path = pkg();
        byte[] data = "BAD payload".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> r = client.patch(path, data);
        assertEquals(200, r.statusCode());
        JsonNode receipt = TestClient.verifiedReceipt(r.body(), client.central);
        assertEquals("REJECTED", receipt.get("status").asText());
        assertEquals("test: payload does not start with GOOD", receipt.get("reason").asText());
        assertTrue(client.stats().get("rejected").get("test: payload does not start with GOOD").asLong() >= 1);
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredSha256AreRejected() throws Exception {
        String path = pkg();
        byte[] data = payload(5000, 7);
        HttpResponse<byte[]> r = client.patch(path, data, 0, data.length,
                Map.of("Package-SHA256", TestClient.sha256(new byte[] {1})));
        assertEquals(400, r.statusCode(), "a repeated header is malformed");
        HttpResponse<byte[]> r2 = client.send(java.net.http.HttpRequest.newBuilder(client.base.resolve(path))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(data))
                .header("Content-Type", TestClient.OFFSET_TYPE).header("Upload-Offset", "0")
                .header("Upload-Length", Integer.toString(data.length))
                .header("Package-SHA256", TestClient.sha256(new byte[] {1})));
        JsonNode receipt = TestClient.verifiedReceipt(r2.body(), client.central);
        assertEquals("REJECTED", receipt.get("status").asText());
        assertEquals("sha256 mismatch", receipt.get("reason").asText());
    }

    @Test
    void malformedRequestsAreRefusedWithAReason() throws Exception {
        String path = pkg();
        byte[] data = payload(100, 8);
        HttpResponse<byte[]> noType = client.send(java.net.http.HttpRequest.newBuilder(client.base.resolve(path))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(data))
                .header("Upload-Offset", "0").header("Upload-Length", "100")
                .header("Package-SHA256", TestClient.sha256(data)));
        assertEquals(400, noType.statusCode());
        assertTrue(new String(noType.body(), StandardCharsets.UTF_8).contains("Content-Type"));
        HttpResponse<byte[]> tooBig = client.send(java.net.http.HttpRequest.newBuilder(client.base.resolve(path))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(data))
                .header("Content-Type", TestClient.OFFSET_TYPE).header("Upload-Offset", "0")
                .header("Upload-Length", Long.toString(CentralConfig.DEFAULT_MAX_UPLOAD + 1))
                .header("Package-SHA256", TestClient.sha256(data)));
        assertEquals(413, tooBig.statusCode());
        assertEquals(404, client.head("/v1/packages/NOT-A-UUID").statusCode());
        assertEquals(404, client.head("/v1/parcels/" + UUID.randomUUID()).statusCode());
    }

    @Test
    void eventsNeedAKnownEventKindAndAreCountedByKind() throws Exception {
        String path = "/v1/events/" + UUID.randomUUID();
        byte[] data = payload(2000, 9);
        HttpResponse<byte[]> noKind = client.patch(path, data);
        assertEquals(400, noKind.statusCode());
        assertTrue(new String(noKind.body(), StandardCharsets.UTF_8).contains("Event-Kind"));
        assertEquals(400, client.patch(path, data, 0, data.length, Map.of("Event-Kind", "PARTY")).statusCode());
        long before = client.stats().path("events").path("SELF_CHECK").asLong(0);
        HttpResponse<byte[]> r = client.patch(path, data, 0, data.length, Map.of("Event-Kind", "SELF_CHECK"));
        assertEquals(200, r.statusCode());
        JsonNode receipt = TestClient.verifiedReceipt(r.body(), client.central);
        assertEquals("events", receipt.get("kind").asText());
        assertEquals(before + 1, client.stats().get("events").get("SELF_CHECK").asLong());
        assertEquals(200, client.head(path).statusCode());
    }

    @Test
    void xroadFormWorksWithAClientHeaderAndIsRefusedWithoutOne() throws Exception {
        String id = UUID.randomUUID().toString();
        String path = "/r1/KG/GOV/70000001/ebs/enrollment/v1/packages/" + id;
        byte[] data = payload(40_000, 10);
        Map<String, String> xr = Map.of("X-Road-Client", "KG/GOV/70000002/workstation", "X-Road-Id", "req-1",
                "X-Road-UserId", "officer-7");
        HttpResponse<byte[]> part = client.patch(path, data, 0, 15_000, xr);
        assertEquals(204, part.statusCode());
        assertEquals("req-1", part.headers().firstValue("X-Road-Id").orElse(""));
        assertEquals("KG/GOV/70000001/ebs/enrollment", part.headers().firstValue("X-Road-Service").orElse(""));
        assertTrue(part.headers().firstValue("X-Road-Request-Hash").isPresent());
        assertTrue(part.headers().firstValue("X-Road-Error").isEmpty());
        HttpResponse<byte[]> rest = client.patch(path, data, 15_000, data.length, xr);
        assertEquals(200, rest.statusCode());
        assertEquals(id, TestClient.verifiedReceipt(rest.body(), client.central).get("id").asText());
        // the same item is visible on the direct channel
        assertEquals("true", client.head("/v1/packages/" + id).headers().firstValue("Upload-Complete").orElse(""));

        HttpResponse<byte[]> noClient = client.patch("/r1/KG/GOV/70000001/ebs/enrollment/v1/packages/"
                + UUID.randomUUID(), data, 0, data.length, Map.of("X-Road-Id", "req-2"));
        assertEquals(400, noClient.statusCode());
        assertEquals("Client.BadRequest", noClient.headers().firstValue("X-Road-Error").orElse(""));
        assertEquals("req-2", noClient.headers().firstValue("X-Road-Id").orElse(""));
        JsonNode err = TestClient.JSON.readTree(noClient.body());
        assertEquals("Client.BadRequest", err.get("type").asText());
        assertTrue(err.get("message").asText().contains("X-Road-Client"));
        // the service's own 409 passes through without X-Road-Error
        HttpResponse<byte[]> conflict = client.patch(path, payload(40_000, 11), 0, 40_000, xr);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.headers().firstValue("X-Road-Error").isEmpty());
        assertEquals(404, client.head("/r1/KG/GOV/too/short").statusCode());
    }

    @Test
    void adminStatsReportsTheDocumentedCounts() throws Exception {
        HttpResponse<byte[]> r = client.get("/admin/stats");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode s = TestClient.JSON.readTree(r.body());
        for (String field : new String[] {"packagesReceived", "packagesAccepted", "duplicatesRefused", "conflicts"}) {
            assertTrue(s.get(field).isNumber(), field);
        }
        assertTrue(s.get("rejected").isObject());
        assertTrue(s.get("events").isObject());
    }

    @Test
    void aClientWithoutACertificateIsRefused() throws Exception {
        TestClient anonymous = new TestClient(server.uri(),
                io.enrollment.central.pki.TlsContexts.client(null, client.central), "TLSv1.3");
        assertThrows(java.io.IOException.class, () -> anonymous.get("/admin/stats"));
    }

    @Test
    void tls12IsRefused() throws Exception {
        io.enrollment.central.pki.SimulatorPki.KeyEntry ws = io.enrollment.central.pki.SimulatorPki.read(
                server.pki().workstationP12());
        javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLSv1.2");
        javax.net.ssl.SSLContext good = io.enrollment.central.pki.TlsContexts.client(ws, client.central);
        assertNotNull(good);
        TestClient tls12 = new TestClient(server.uri(), good, "TLSv1.2");
        assertNotNull(ctx);
        assertThrows(java.io.IOException.class, () -> tls12.get("/admin/stats"));
    }

    @Test
    void serverTimeIsInTheReceiptWithinASecond() throws Exception {
        HttpResponse<byte[]> r = client.patch(pkg(), payload(10, 12));
        Instant at = Instant.parse(TestClient.verifiedReceipt(r.body(), client.central).get("receivedAt").asText());
        assertTrue(Duration.between(at, Instant.now()).abs().getSeconds() < 5);
    }
}
