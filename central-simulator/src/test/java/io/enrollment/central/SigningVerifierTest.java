package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.central.pki.SimulatorPki;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard verifier end to end: envelope → officer's CAdES → container, with the signing module's classes. */
class SigningVerifierTest {
    @TempDir
    static Path dir;
    static CentralServer server;
    static TestClient client;
    static SimulatorPki.KeyEntry officer;

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.of(dir, 0));
        client = TestClient.of(server);
        officer = server.pki().issueOfficer("CN=Test Officer,O=Bank");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JsonNode upload(UUID id, byte[] data) throws Exception {
        HttpResponse<byte[]> r = client.patch("/v1/packages/" + id, data);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return TestClient.verifiedReceipt(r.body(), client.central);
    }

    @Test
    void aSealedSignedPackageIsAccepted() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode r = upload(id, SealedItems.sealedPackage(id, officer, client.central));
        assertEquals("ACCEPTED", r.get("status").asText(), r.toString());
    }

    @Test
    void anEnvelopeToAnotherRecipientIsRejected() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] sealed = SealedItems.seal(SealedItems.sign(officer, SealedItems.container(id,
                SealedItems.officer(officer.certificate()))), server.pki().tsa().certificate());
        assertEquals("envelope cannot be opened", upload(id, sealed).get("reason").asText());
    }

    @Test
    void aTamperedEnvelopeIsRejected() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] sealed = SealedItems.sealedPackage(id, officer, client.central);
        sealed[sealed.length - 40] ^= 1;
        JsonNode r = upload(id, sealed);
        assertEquals("REJECTED", r.get("status").asText());
        assertEquals("envelope cannot be opened", r.get("reason").asText());
    }

    @Test
    void anOfficerFromAnUntrustedCaIsRejected() throws Exception {
        SimulatorPki other = SimulatorPki.loadOrCreate(dir.resolve("other-pki"));
        SimulatorPki.KeyEntry stranger = other.issueOfficer("CN=Stranger,O=Elsewhere");
        UUID id = UUID.randomUUID();
        JsonNode r = upload(id, SealedItems.sealedPackage(id, stranger, client.central));
        assertEquals("officer signature invalid: UNTRUSTED_CHAIN", r.get("reason").asText());
    }

    @Test
    void anOfficerTrustedThroughOfficerTrustIsAccepted() throws Exception {
        SimulatorPki other = SimulatorPki.loadOrCreate(dir.resolve("officer-ca"));
        Path pem = other.caPem();
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir.resolve("second"), 0)
                .withOfficerTrust(java.util.List.of(pem)))) {
            TestClient c = TestClient.of(s);
            UUID id = UUID.randomUUID();
            HttpResponse<byte[]> r = c.patch("/v1/packages/" + id,
                    SealedItems.sealedPackage(id, other.issueOfficer("CN=Field Officer,O=Bank"), c.central));
            assertEquals("ACCEPTED", TestClient.verifiedReceipt(r.body(), c.central).get("status").asText());
        }
    }

    @Test
    void aContainerWithAChangedSampleIsRejectedByItsHash() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] container = SealedItems.container(id, SealedItems.officer(officer.certificate()));
        byte[] altered = alterEntry(container, "face.png");
        JsonNode r = upload(id, SealedItems.seal(SealedItems.sign(officer, altered), client.central));
        assertTrue(r.get("reason").asText().startsWith("container invalid: "), r.toString());
        assertTrue(r.get("reason").asText().contains("face.png"), r.toString());
    }

    @Test
    void aContainerUnderAnotherIdIsRejected() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode r = upload(id, SealedItems.sealedPackage(UUID.randomUUID(), officer, client.central));
        assertEquals("container id differs from the upload id", r.get("reason").asText());
    }

    @Test
    void aSignedJsonEventIsAcceptedAndAnUnsignedOneRejected() throws Exception {
        byte[] json = "{\"kind\":\"SELF_CHECK\",\"result\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
        byte[] signed = SealedItems.sign(officer, json);
        String path = "/v1/events/" + UUID.randomUUID();
        HttpResponse<byte[]> r = client.patch(path, signed, 0, signed.length, Map.of("Event-Kind", "SELF_CHECK"));
        assertEquals("ACCEPTED", TestClient.verifiedReceipt(r.body(), client.central).get("status").asText());
        byte[] sealed = SealedItems.seal(signed, client.central);
        HttpResponse<byte[]> enveloped = client.patch("/v1/events/" + UUID.randomUUID(), sealed, 0, sealed.length,
                Map.of("Event-Kind", "INCIDENT"));
        assertEquals("ACCEPTED", TestClient.verifiedReceipt(enveloped.body(), client.central).get("status").asText());
        HttpResponse<byte[]> plain = client.patch("/v1/events/" + UUID.randomUUID(), json, 0, json.length,
                Map.of("Event-Kind", "QC_FAILURE"));
        assertEquals("event signature invalid: MALFORMED",
                TestClient.verifiedReceipt(plain.body(), client.central).get("reason").asText());
        JsonNode stats = client.stats();
        assertEquals(1, stats.get("events").get("SELF_CHECK").asLong());
        assertEquals(1, stats.get("eventsRejected").get("event signature invalid: MALFORMED").asLong());
    }

    /** Rewrites one entry of a container with one byte changed (the manifest keeps the old hash). */
    private static byte[] alterEntry(byte[] container, String name) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(container));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data[data.length / 2] ^= 1;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
