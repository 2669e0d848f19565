package io.enrollment.signing.cades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** Every failure path gives its own reason, and none of them is valid. */
class CadesTamperingTest {
    private static final byte[] CONTENT = "face.jpg voice.wav manifest.json: the package".getBytes(StandardCharsets.UTF_8);

    private final CadesSigner signer = new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.empty());
    private final CadesVerifier verifier = new CadesVerifier(new CertificateValidator(List.of(TestPki.ca().caCertificate())));

    private byte[] signed(Packaging packaging) throws SigningException {
        return signer.sign(TestPki.session(KeyType.EC_P256), CONTENT, packaging).encoded();
    }

    @Test
    void oneByteOfEncapsulatedContentChanged() throws SigningException {
        byte[] cms = signed(Packaging.ENCAPSULATED);
        int at = indexOf(cms, CONTENT);
        cms[at + 3] ^= 0x01;
        assertInvalid(InvalidReason.CONTENT_DIGEST_MISMATCH, verifier.verify(cms));
    }

    @Test
    void oneByteOfDetachedContentChanged() throws SigningException {
        byte[] cms = signed(Packaging.DETACHED);
        byte[] other = CONTENT.clone();
        other[other.length - 1] ^= 0x20;
        assertInvalid(InvalidReason.CONTENT_DIGEST_MISMATCH, verifier.verify(cms, Optional.of(other)));
    }

    @Test
    void aSignedAttributeChanged() throws SigningException {
        byte[] cms = signed(Packaging.ENCAPSULATED);
        byte[] place = "branch 42".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(cms, place);
        cms[at + 7] = '3'; // signer-location now says "branch 43"
        VerificationResult r = verifier.verify(cms);
        assertInvalid(InvalidReason.SIGNATURE_INVALID, r);
        assertTrue(r.signer().isPresent(), "who signed is still reported");
    }

    @Test
    void truncatedCms() throws SigningException {
        byte[] cms = signed(Packaging.ENCAPSULATED);
        for (int cut : new int[] {1, 10, cms.length / 2, cms.length - 1}) {
            VerificationResult r = verifier.verify(Arrays.copyOf(cms, cut));
            assertInvalid(InvalidReason.MALFORMED, r);
        }
        assertInvalid(InvalidReason.MALFORMED, verifier.verify(new byte[0]));
        assertInvalid(InvalidReason.MALFORMED, verifier.verify("not CMS at all".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void detachedSignatureWithoutItsContent() throws SigningException {
        assertInvalid(InvalidReason.CONTENT_MISSING, verifier.verify(signed(Packaging.DETACHED)));
    }

    @Test
    void encapsulatedSignatureWithOtherContentBeside() throws SigningException {
        assertInvalid(InvalidReason.CONTENT_MISMATCH,
                verifier.verify(signed(Packaging.ENCAPSULATED), Optional.of("other".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void certificateExpiredAtSigningTime() throws Exception {
        Instant now = Instant.now();
        DemoPki.Issued old = TestPki.ca().issue("C=RU,O=Test Bank,CN=Expired Officer", KeyType.EC_P256,
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)), DemoPki.SIGNING_USAGE);
        byte[] cms = signer.sign(TestPki.session(old), CONTENT, Packaging.ENCAPSULATED).encoded();
        assertInvalid(InvalidReason.CERTIFICATE_EXPIRED, verifier.verify(cms));
    }

    @Test
    void certificateNotYetValidAtSigningTime() throws Exception {
        Instant now = Instant.now();
        DemoPki.Issued future = TestPki.ca().issue("C=RU,O=Test Bank,CN=Future Officer", KeyType.EC_P256,
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)), DemoPki.SIGNING_USAGE);
        byte[] cms = signer.sign(TestPki.session(future), CONTENT, Packaging.ENCAPSULATED).encoded();
        assertInvalid(InvalidReason.CERTIFICATE_NOT_YET_VALID, verifier.verify(cms));
    }

    @Test
    void signedWithAKeyEnciphermentCertificate() throws Exception {
        Instant now = Instant.now();
        DemoPki.Issued wrong = TestPki.ca().issue("C=RU,O=Test Bank,CN=Encryption Only", KeyType.EC_P256,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), KeyUsage.keyEncipherment);
        byte[] cms = signer.sign(TestPki.session(wrong), CONTENT, Packaging.ENCAPSULATED).encoded();
        assertInvalid(InvalidReason.WRONG_KEY_USAGE, verifier.verify(cms));
    }

    @Test
    void signerFromAnUntrustedCa() throws Exception {
        DemoPki.Issued rogue = TestPki.otherCa().issueOfficer("Rogue Officer", "Nowhere", KeyType.EC_P256);
        byte[] cms = signer.sign(TestPki.session(rogue), CONTENT, Packaging.ENCAPSULATED).encoded();
        assertInvalid(InvalidReason.UNTRUSTED_CHAIN, verifier.verify(cms));
    }

    @Test
    void sha1IsAnUnsupportedAlgorithm() throws Exception {
        DemoPki.Issued officer = TestPki.officer(KeyType.EC_P256);
        byte[] cms = build(officer, officer.certificate(), "SHA1withECDSA");
        VerificationResult r = verifier.verify(cms);
        assertInvalid(InvalidReason.UNSUPPORTED_ALGORITHM, r);
    }

    @Test
    void signingCertificateAttributeNamesAnotherCertificate() throws Exception {
        DemoPki.Issued officer = TestPki.officer(KeyType.EC_P256);
        Instant now = Instant.now();
        // the same key certified twice: the signature verifies with either, the attribute binds only one
        X509Certificate twin = TestPki.ca().certify(officer.publicKey(), "C=RU,O=Test Bank,CN=Twin",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), DemoPki.SIGNING_USAGE);
        DemoPki.Issued signingAsTwin = new DemoPki.Issued(officer.privateKey(), officer.publicKey(), twin,
                List.of(twin, TestPki.ca().caCertificate()));
        byte[] cms = build(signingAsTwin, officer.certificate(), "SHA256withECDSA");
        assertInvalid(InvalidReason.SIGNING_CERTIFICATE_MISMATCH, verifier.verify(cms));
    }

    @Test
    void verifiesAtTheSigningTimeNotNow() throws Exception {
        Instant now = Instant.now();
        DemoPki.Issued shortLived = TestPki.ca().issue("C=RU,O=Test Bank,CN=Short Lived", KeyType.EC_P256,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(5)), DemoPki.SIGNING_USAGE);
        CadesSigner past = new CadesSigner(TestPki.PLACE, Clock.fixed(now.minus(Duration.ofDays(7)), ZoneOffset.UTC),
                Optional.empty());
        VerificationResult r = verifier.verify(past.sign(TestPki.session(shortLived), CONTENT, Packaging.ENCAPSULATED)
                .encoded());
        assertTrue(r.isValid(), "signed while the certificate was valid: " + r.detail());
    }

    @Test
    void noSignerTwoSignersAndNoSignerCertificate() throws Exception {
        CMSSignedDataGenerator none = new CMSSignedDataGenerator();
        none.addCertificates(new JcaCertStore(TestPki.officer(KeyType.EC_P256).chain()));
        assertInvalid(InvalidReason.NO_SIGNER, verifier.verify(
                none.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded(ASN1Encoding.DER)));

        DemoPki.Issued a = TestPki.officer(KeyType.EC_P256);
        DemoPki.Issued b = TestPki.officer(KeyType.GOST_2012_256);
        CMSSignedDataGenerator two = new CMSSignedDataGenerator();
        for (DemoPki.Issued who : List.of(a, b)) {
            two.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build()).build(new JcaContentSignerBuilder(
                    io.enrollment.signing.SignatureAlgorithm.forKey(who.publicKey()).orElseThrow().jcaName())
                    .setProvider(BouncyCastle.PROVIDER).build(who.privateKey()), new JcaX509CertificateHolder(who.certificate())));
            two.addCertificates(new JcaCertStore(List.of(who.certificate())));
        }
        assertInvalid(InvalidReason.MULTIPLE_SIGNERS, verifier.verify(
                two.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded(ASN1Encoding.DER)));

        CMSSignedDataGenerator noCert = new CMSSignedDataGenerator();
        noCert.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(a.privateKey()),
                        new JcaX509CertificateHolder(a.certificate())));
        assertInvalid(InvalidReason.SIGNER_CERTIFICATE_MISSING, verifier.verify(
                noCert.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded(ASN1Encoding.DER)));
    }

    /** A CAdES-like signature made by hand: signer certificate {@code signer}, ESSCertIDv2 naming {@code named}. */
    private static byte[] build(DemoPki.Issued signer, X509Certificate named, String algorithm) throws Exception {
        ASN1EncodableVector v = new ASN1EncodableVector();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(named.getEncoded());
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))));
        v.add(new Attribute(PKCSObjectIdentifiers.pkcs_9_at_signingTime,
                new DERSet(new org.bouncycastle.asn1.cms.Time(new java.util.Date()))));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER).build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(v)))
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(signer.privateKey()),
                        new JcaX509CertificateHolder(signer.certificate())));
        gen.addCertificates(new JcaCertStore(signer.chain()));
        return gen.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded(ASN1Encoding.DER);
    }

    static void assertInvalid(InvalidReason expected, VerificationResult r) {
        assertFalse(r.isValid(), "must not be valid: " + r.detail());
        assertEquals(Optional.of(expected), r.failure(), r.detail());
        assertFalse(r.chain() == VerificationResult.ChainStatus.TRUSTED);
        assertFalse(r.detail().isBlank());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

}
