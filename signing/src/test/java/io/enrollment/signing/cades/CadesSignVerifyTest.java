package io.enrollment.signing.cades;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.esf.SignerLocation;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CadesSignVerifyTest {
    private static final byte[] CONTENT = "enrollment package bytes \u0001\u0002".getBytes(StandardCharsets.UTF_8);

    private final CadesSigner signer = new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.empty());
    private final CadesVerifier verifier = new CadesVerifier(new CertificateValidator(List.of(TestPki.ca().caCertificate())));

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "RSA_2048", "GOST_2012_256", "GOST_2012_512"})
    void rSign1_signsAndVerifiesEncapsulatedAndDetached(KeyType type) throws SigningException {
        OfficerSession session = TestPki.session(type);
        for (Packaging packaging : Packaging.values()) {
            CadesSignature sig = signer.sign(session, CONTENT, packaging);
            VerificationResult r = packaging == Packaging.DETACHED
                    ? verifier.verify(sig.encoded(), Optional.of(CONTENT)) : verifier.verify(sig.encoded());
            assertTrue(r.isValid(), type + " " + packaging + ": " + r.detail());
            assertEquals(VerificationResult.ChainStatus.TRUSTED, r.chain());
            assertEquals(session.certificate().getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253),
                    r.signer().orElseThrow().subjectDn());
            assertEquals("Test Bank", r.signer().orElseThrow().organisation());
            assertEquals(sig.signingTime().getEpochSecond(), r.signingTime().orElseThrow().getEpochSecond());
            assertTrue(r.algorithm().orElseThrow().length() > 5);
        }
    }

    @Test
    void algorithmsAreNamedAsSigned() throws SigningException {
        assertEquals("ECDSA with SHA-256", algorithmOf(KeyType.EC_P256));
        assertEquals("RSASSA-PSS with SHA-256", algorithmOf(KeyType.RSA_2048));
        assertEquals("GOST R 34.10-2012 256 with Streebog-256", algorithmOf(KeyType.GOST_2012_256));
        assertEquals("GOST R 34.10-2012 512 with Streebog-512", algorithmOf(KeyType.GOST_2012_512));
        assertEquals(SignatureAlgorithm.RSA_PSS_SHA256, TestPki.session(KeyType.RSA_2048).defaultAlgorithm());
    }

    @Test
    void carriesTheCadesBesSignedAttributes() throws Exception {
        OfficerSession session = TestPki.session(KeyType.EC_P256);
        Instant before = Instant.now().minusSeconds(1);
        CadesSignature sig = signer.sign(session, CONTENT, Packaging.ENCAPSULATED);
        CMSSignedData cms = new CMSSignedData(sig.encoded());
        assertArrayEquals(CONTENT, (byte[]) cms.getSignedContent().getContent());
        SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
        AttributeTable attrs = si.getSignedAttributes();
        assertNotNull(attrs.get(PKCSObjectIdentifiers.pkcs_9_at_contentType), "content-type");
        assertNotNull(attrs.get(PKCSObjectIdentifiers.pkcs_9_at_messageDigest), "message-digest");
        assertNotNull(attrs.get(PKCSObjectIdentifiers.pkcs_9_at_signingTime), "signing-time");
        assertTrue(!sig.signingTime().isBefore(before));

        SigningCertificateV2 scv2 = SigningCertificateV2.getInstance(
                attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
        byte[] certHash = MessageDigest.getInstance("SHA-256").digest(session.certificate().getEncoded());
        assertArrayEquals(certHash, scv2.getCerts()[0].getCertHash());
        assertEquals(session.certificate().getSerialNumber(), scv2.getCerts()[0].getIssuerSerial().getSerial().getValue());

        SignerLocation loc = SignerLocation.getInstance(
                attrs.get(PKCSObjectIdentifiers.id_aa_ets_signerLocation).getAttrValues().getObjectAt(0));
        assertEquals(TestPki.PLACE.name(), loc.getLocality().getString());
        assertEquals("geo:55.755800,37.617300", loc.getPostal()[0].getString());
    }

    @Test
    void withoutTrustAnchorsTheChainIsReportedNotChecked() throws SigningException {
        CadesSignature sig = signer.sign(TestPki.session(KeyType.EC_P256), CONTENT, Packaging.ENCAPSULATED);
        VerificationResult r = new CadesVerifier(CertificateValidator.withoutTrustAnchors()).verify(sig.encoded());
        assertTrue(r.isValid(), r.detail());
        assertEquals(VerificationResult.ChainStatus.NOT_CHECKED, r.chain());
        assertTrue(r.detail().contains("NOT checked"), r.detail());
    }

    @Test
    void aGostKeyCannotBeAskedForEcdsa() {
        SigningException e = org.junit.jupiter.api.Assertions.assertThrows(SigningException.class, () -> signer.sign(
                TestPki.session(KeyType.GOST_2012_256), new org.bouncycastle.cms.CMSProcessableByteArray(CONTENT),
                Packaging.ENCAPSULATED, SignatureAlgorithm.ECDSA_P256_SHA256));
        assertEquals(io.enrollment.signing.SigningError.UNSUPPORTED_ALGORITHM, e.error());
    }

    private String algorithmOf(KeyType type) throws SigningException {
        return verifier.verify(signer.sign(TestPki.session(type), CONTENT, Packaging.ENCAPSULATED).encoded())
                .algorithm().orElseThrow();
    }
}
