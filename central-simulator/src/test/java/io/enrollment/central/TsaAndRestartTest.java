package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.central.verify.UnavailableVerifier;
import io.enrollment.central.verify.Verifiers;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsaAndRestartTest {
    @TempDir
    Path dir;

    @Test
    void tsaAnswersAnRfc3161RequestWithATokenFromTheTsaCertificate() throws Exception {
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0))) {
            TestClient c = TestClient.of(s);
            TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
            gen.setCertReq(true);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("signature value".getBytes());
            TimeStampRequest req = gen.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(99));
            HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(s.uri().resolve("/tsa"))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded())));
            assertEquals(200, r.statusCode());
            assertEquals("application/timestamp-reply", r.headers().firstValue("Content-Type").orElse(""));
            TimeStampResponse resp = new TimeStampResponse(r.body());
            resp.validate(req);
            assertEquals(0, resp.getStatus());
            resp.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(new JcaX509CertificateHolder(s.pki().tsa().certificate())));
            assertEquals(CentralServer.TSA_POLICY, resp.getTimeStampToken().getTimeStampInfo().getPolicy().getId());
        }
    }

    @Test
    void theUnavailableVerifierRejectsEverythingAndNeverFakesAcceptance() throws Exception {
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0), Verifiers.unavailable())) {
            TestClient c = TestClient.of(s);
            HttpResponse<byte[]> r = c.patch("/v1/packages/" + UUID.randomUUID(), new byte[] {1, 2, 3});
            JsonNode receipt = TestClient.verifiedReceipt(r.body(), c.central);
            assertEquals("REJECTED", receipt.get("status").asText());
            assertEquals(UnavailableVerifier.REASON, receipt.get("reason").asText());
            assertEquals(1, c.stats().get("rejected").get(UnavailableVerifier.REASON).asLong());
        }
    }

    @Test
    void uploadsAndReceiptsSurviveARestartWithTheSamePki() throws Exception {
        String path = "/v1/packages/" + UUID.randomUUID();
        String half = "/v1/packages/" + UUID.randomUUID();
        byte[] data = CentralServerTest.payload(100_000, 1);
        byte[] receipt;
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0))) {
            TestClient c = TestClient.of(s);
            receipt = c.patch(path, data).body();
            assertEquals(204, c.patch(half, data, 0, 30_000, Map.of()).statusCode());
        }
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0))) {
            TestClient c = TestClient.of(s);
            assertArrayEquals(receipt, c.get(path + "/receipt").body());
            TestClient.verifiedReceipt(receipt, c.central);
            assertEquals("30000", c.head(half).headers().firstValue("Upload-Offset").orElse(""));
            assertEquals(200, c.patch(half, data, 30_000, data.length, Map.of()).statusCode());
            assertEquals(2, c.stats().get("packagesReceived").asLong());
        }
    }

    @Test
    void bytesThatAllArrivedBeforeACrashAreCompletedByAnEmptyPatchAtTheEnd() throws Exception {
        String id = UUID.randomUUID().toString();
        String path = "/v1/packages/" + id;
        byte[] data = CentralServerTest.payload(2000, 3);
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0))) {
            assertEquals(204, TestClient.of(s).patch(path, data, 0, 1000, Map.of()).statusCode());
        }
        // the rest arrived, then the server died before it could verify and answer
        java.nio.file.Files.write(dir.resolve("uploads/packages-" + id + ".part"),
                java.util.Arrays.copyOfRange(data, 1000, 2000), java.nio.file.StandardOpenOption.APPEND);
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0),
                (pki, anchors) -> (kind, i, ek, p) -> CentralServerTest.goodPrefix(p))) {
            TestClient c = TestClient.of(s);
            assertEquals("2000", c.head(path).headers().firstValue("Upload-Offset").orElse(""));
            HttpResponse<byte[]> done = c.patch(path, data, 2000, 2000, Map.of());
            assertEquals(200, done.statusCode());
            assertEquals("ACCEPTED", TestClient.verifiedReceipt(done.body(), c.central).get("status").asText());
        }
    }

    @Test
    void keepPayloadsKeepsTheCompletedBytes() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] data = CentralServerTest.payload(3000, 4);
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0).withKeepPayloads(true))) {
            assertEquals(200, TestClient.of(s).patch("/v1/packages/" + id, data).statusCode());
        }
        assertArrayEquals(data, java.nio.file.Files.readAllBytes(dir.resolve("received/packages-" + id + ".bin")));
    }
}
