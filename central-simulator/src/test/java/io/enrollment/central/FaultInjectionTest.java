package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.central.fault.Faults;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault mode of {@code --faults}, against the real server. */
class FaultInjectionTest {
    @TempDir
    Path dir;

    private CentralServer start(String faults, Path where) throws Exception {
        return CentralServer.start(CentralConfig.of(where, 0).withFaults(Faults.parse(faults)),
                (pki, anchors) -> (kind, id, ek, p) -> CentralServerTest.goodPrefix(p));
    }

    private static String pkg() {
        return "/v1/packages/" + UUID.randomUUID();
    }

    @Test
    void latencyDelaysEveryProtocolRequest() throws Exception {
        try (CentralServer s = start("latency=300ms", dir)) {
            TestClient c = TestClient.of(s);
            c.head(pkg()); // warm the connection
            long t0 = System.nanoTime();
            assertEquals(404, c.head(pkg()).statusCode());
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() >= 300);
        }
    }

    @Test
    void errorRateAnswers503AndIsReproducibleWithTheSeed() throws Exception {
        List<Integer> first = statuses("error-rate=0.5,seed=42", dir.resolve("a"));
        List<Integer> second = statuses("error-rate=0.5,seed=42", dir.resolve("b"));
        assertEquals(first, second);
        assertTrue(first.contains(503) && first.contains(404), first.toString());
        try (CentralServer s = start("error-rate=1", dir.resolve("c"))) {
            TestClient c = TestClient.of(s);
            HttpResponse<byte[]> r = c.patch(pkg(), CentralServerTest.payload(1000, 1));
            assertEquals(503, r.statusCode());
            HttpResponse<byte[]> x = c.head("/r1/KG/GOV/1/ebs/enrollment" + pkg());
            assertEquals(503, c.send(java.net.http.HttpRequest.newBuilder(s.uri().resolve("/r1/KG/GOV/1/ebs/enrollment" + pkg()))
                    .header("X-Road-Client", "KG/GOV/2/ws").GET()).statusCode());
            assertEquals(400, x.statusCode(), "missing X-Road-Client is answered by the security server itself");
            HttpResponse<byte[]> xr = c.send(java.net.http.HttpRequest.newBuilder(
                    s.uri().resolve("/r1/KG/GOV/1/ebs/enrollment" + pkg())).header("X-Road-Client", "KG/GOV/2/ws")
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertEquals("Server.ServerProxy.ServiceFailed", xr.headers().firstValue("X-Road-Error").orElse(""));
            assertEquals(200, c.get("/admin/stats").statusCode(), "administration is never faulted");
        }
    }

    private List<Integer> statuses(String faults, Path where) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (CentralServer s = start(faults, where)) {
            TestClient c = TestClient.of(s);
            for (int i = 0; i < 20; i++) {
                out.add(c.head(pkg()).statusCode());
            }
        }
        return out;
    }

    @Test
    void dropAfterCutsTheConnectionKeepsTheBytesAndTheUploadCompletesByResuming() throws Exception {
        try (CentralServer s = start("drop-after=65536", dir)) {
            TestClient c = TestClient.of(s);
            String path = pkg();
            byte[] data = CentralServerTest.payload(200_000, 2);
            assertThrows(IOException.class, () -> c.patch(path, data));
            HttpResponse<byte[]> h = c.head(path);
            assertEquals(200, h.statusCode());
            assertEquals("65536", h.headers().firstValue("Upload-Offset").orElse(""));
            int drops = 1;
            HttpResponse<byte[]> done = null;
            while (done == null) {
                int offset = Integer.parseInt(c.head(path).headers().firstValue("Upload-Offset").orElseThrow());
                try {
                    done = c.patch(path, data, offset, data.length, Map.of());
                } catch (IOException dropped) {
                    drops++;
                }
            }
            assertEquals(200, done.statusCode());
            assertEquals(3, drops, "200000 bytes at 65536 per connection: three drops, the fourth request completes");
            JsonNode r = TestClient.verifiedReceipt(done.body(), c.central);
            assertEquals("ACCEPTED", r.get("status").asText(), "the resumed bytes assemble to the declared SHA-256");
        }
    }

    @Test
    void slowReadThrottlesTheUpload() throws Exception {
        try (CentralServer s = start("slow-read=100000", dir)) {
            TestClient c = TestClient.of(s);
            c.head(pkg());
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = c.patch(pkg(), CentralServerTest.payload(150_000, 3));
            assertEquals(200, r.statusCode());
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() >= 1000,
                    "150000 bytes at 100000 B/s take at least a second");
        }
    }

    @Test
    void wrongReceiptIsSignedByAnotherKeyAndTheStoredOneStaysCorrect() throws Exception {
        String path = pkg();
        byte[] data = CentralServerTest.payload(1000, 4);
        try (CentralServer s = start("receipt=wrong", dir)) {
            TestClient c = TestClient.of(s);
            HttpResponse<byte[]> r = c.patch(path, data);
            assertEquals(200, r.statusCode());
            GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
                    () -> TestClient.verifiedReceipt(r.body(), c.central));
            assertTrue(e.getMessage().contains("does not verify"));
        }
        try (CentralServer s = start("", dir)) {
            TestClient c = TestClient.of(s);
            JsonNode ok = TestClient.verifiedReceipt(c.get(path + "/receipt").body(), c.central);
            assertEquals(TestClient.sha256(data), ok.get("sha256").asText());
        }
    }

    @Test
    void unsignedReceiptHasNoSignature() throws Exception {
        try (CentralServer s = start("receipt=unsigned", dir)) {
            TestClient c = TestClient.of(s);
            HttpResponse<byte[]> r = c.patch(pkg(), CentralServerTest.payload(1000, 5));
            JsonNode wire = TestClient.JSON.readTree(r.body());
            assertTrue(wire.has("receipt"));
            assertFalse(wire.has("signature"));
            assertThrows(GeneralSecurityException.class, () -> TestClient.verifiedReceipt(r.body(), c.central));
        }
    }

    @Test
    void clockSkewMovesReceivedAt() throws Exception {
        try (CentralServer s = start("clock-skew=3600s", dir)) {
            TestClient c = TestClient.of(s);
            HttpResponse<byte[]> r = c.patch(pkg(), CentralServerTest.payload(1000, 6));
            Instant at = Instant.parse(TestClient.verifiedReceipt(r.body(), c.central).get("receivedAt").asText());
            long skew = Duration.between(Instant.now(), at).getSeconds();
            assertTrue(skew > 3590 && skew <= 3600, "skew " + skew);
        }
    }
}
