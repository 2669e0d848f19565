package io.enrollment.signing.tsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSignature;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.InvalidReason;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.cades.TimestampOutcome;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CAdES-T against the TSA responder served over HTTP on 127.0.0.1. */
class TimestampTest {
    private static final byte[] CONTENT = "package".getBytes(StandardCharsets.UTF_8);
    private static TsaServer server;

    private final CadesVerifier verifier = new CadesVerifier(new CertificateValidator(List.of(TestPki.ca().caCertificate())));

    @BeforeAll
    static void start() throws Exception {
        server = new TsaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private CadesSigner signerWith(URI url) {
        return new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.of(new TimestampClient(url, Duration.ofSeconds(3))));
    }

    @Test
    void signatureIsTimeStampedAndTheStampVerifies() throws SigningException {
        server.failWith.set(0);
        server.garbage = false;
        CadesSignature sig = signerWith(server.url()).sign(TestPki.session(KeyType.EC_P256), CONTENT, Packaging.ENCAPSULATED);
        assertEquals(TimestampOutcome.Status.STAMPED, sig.timestamp().status());
        VerificationResult r = verifier.verify(sig.encoded());
        assertTrue(r.isValid(), r.detail());
        assertEquals(sig.timestamp().time(), r.timestampTime());
        assertTrue(r.detail().contains("time-stamp"), r.detail());
    }

    @Test
    void gostSignatureIsTimeStampedToo() throws SigningException {
        CadesSignature sig = signerWith(server.url()).sign(TestPki.session(KeyType.GOST_2012_256), CONTENT, Packaging.DETACHED);
        assertEquals(TimestampOutcome.Status.STAMPED, sig.timestamp().status());
        assertTrue(verifier.verify(sig.encoded(), Optional.of(CONTENT)).isValid());
    }

    @Test
    void offlineSignsWithoutTimeStampAndSaysSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CadesSignature sig = signerWith(URI.create("http://127.0.0.1:" + port + "/tsa"))
                .sign(TestPki.session(KeyType.EC_P256), CONTENT, Packaging.ENCAPSULATED);
        assertEquals(TimestampOutcome.Status.OFFLINE, sig.timestamp().status());
        assertTrue(sig.timestamp().detail().contains("unreachable"), sig.timestamp().detail());
        VerificationResult r = verifier.verify(sig.encoded());
        assertTrue(r.isValid(), r.detail());
        assertTrue(r.timestampTime().isEmpty());
    }

    @Test
    void tsaErrorsAreRecordedNotFatal() throws SigningException {
        server.failWith.set(500);
        try {
            CadesSignature sig = signerWith(server.url()).sign(TestPki.session(KeyType.EC_P256), CONTENT, Packaging.ENCAPSULATED);
            assertEquals(TimestampOutcome.Status.TSA_ERROR, sig.timestamp().status());
            assertTrue(sig.timestamp().detail().contains("HTTP 500"));
        } finally {
            server.failWith.set(0);
        }
        server.garbage = true;
        try {
            SigningException e = assertThrows(SigningException.class,
                    () -> new TimestampClient(server.url(), Duration.ofSeconds(3)).stamp(CONTENT));
            assertEquals(SigningError.TIMESTAMP_FAILED, e.error());
        } finally {
            server.garbage = false;
        }
    }

    @Test
    void aTimeStampOverOtherDataIsRejected() throws Exception {
        CadesSignature sig = new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.empty())
                .sign(TestPki.session(KeyType.EC_P256), CONTENT, Packaging.ENCAPSULATED);
        TimeStampToken foreign = new TimestampClient(server.url(), Duration.ofSeconds(3)).stamp("something else".getBytes());
        CMSSignedData cms = new CMSSignedData(sig.encoded());
        SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(foreign.toCMSSignedData().toASN1Structure()))));
        byte[] tampered = CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped)).getEncoded();
        VerificationResult r = verifier.verify(tampered);
        assertFalse(r.isValid());
        assertEquals(Optional.of(InvalidReason.TIMESTAMP_INVALID), r.failure(), r.detail());
    }

    @Test
    void responderRejectsMalformedRequests() throws Exception {
        TimestampAuthority authority = new TimestampAuthority(server.tsa().privateKey(), server.tsa().chain(),
                "SHA256withECDSA", TsaServer.POLICY, TestPki.CLOCK);
        TimeStampResponse response = new TimeStampResponse(authority.respond(new byte[] {1, 2, 3}));
        assertEquals(2, response.getStatus(), "PKIStatus rejection");
        assertTrue(response.getTimeStampToken() == null);
    }
}
