package io.enrollment.queue.transmit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Receipts signed with the JDK (as the simulator does), checked here: accepted only when genuine and about the item. */
class ReceiptVerifierTest {
    private static KeyPair central;
    private static KeyPair other;
    private static X509Certificate pinned;
    private final QueueItem item = new QueueItem(UUID.randomUUID(), ItemKind.PACKAGE, Instant.now(), 1234, "ab".repeat(32),
            ItemState.SENDING, 1, Instant.now(), null, null);

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        central = g.generateKeyPair();
        other = g.generateKeyPair();
        pinned = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name("CN=Central"),
                BigInteger.ONE, new Date(), new Date(System.currentTimeMillis() + 86_400_000L), new X500Name("CN=Central"),
                central.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(central.getPrivate())));
    }

    private String body(UUID id, String sha) {
        return "{\"id\":\"" + id + "\",\"kind\":\"packages\",\"sha256\":\"" + sha + "\",\"size\":1234,\"status\":\"ACCEPTED\","
                + "\"reason\":null,\"receivedAt\":\"2026-11-22T10:00:00Z\",\"central\":\"test\"}";
    }

    private static byte[] document(String body, PrivateKey key) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(key);
        s.update(bytes);
        return ("{\"receipt\":\"" + Base64.getEncoder().encodeToString(bytes) + "\",\"signatureAlgorithm\":\"SHA256withECDSA\","
                + "\"signature\":\"" + Base64.getEncoder().encodeToString(s.sign()) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReceiptSignedByTheCentralKeyForThisItemIsAccepted() throws Exception {
        Receipt r = new ReceiptVerifier(pinned).verify(document(body(item.id(), item.sha256()), central.getPrivate()), item);
        assertEquals(Receipt.Status.ACCEPTED, r.status());
        assertEquals(item.id(), r.id());
    }

    @Test
    void anotherKeysSignatureIsRefused() throws Exception {
        InvalidReceiptException e = assertThrows(InvalidReceiptException.class, () -> new ReceiptVerifier(pinned)
                .verify(document(body(item.id(), item.sha256()), other.getPrivate()), item));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
    }

    @Test
    void aChangedReceiptIsRefused() throws Exception {
        String doc = new String(document(body(item.id(), item.sha256()), central.getPrivate()), StandardCharsets.UTF_8);
        String signedBody = body(item.id(), item.sha256());
        String forged = doc.replace(Base64.getEncoder().encodeToString(signedBody.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(signedBody.replace("ACCEPTED", "REJECTED").getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidReceiptException.class, () -> new ReceiptVerifier(pinned)
                .verify(forged.getBytes(StandardCharsets.UTF_8), item));
    }

    @Test
    void aGenuineReceiptForOtherBytesIsRefused() throws Exception {
        InvalidReceiptException e = assertThrows(InvalidReceiptException.class, () -> new ReceiptVerifier(pinned)
                .verify(document(body(item.id(), "cd".repeat(32)), central.getPrivate()), item));
        assertTrue(e.getMessage().contains("sha256"), e.getMessage());
    }
}
