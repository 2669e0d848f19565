package io.enrollment.signing.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SimpleAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The opener decrypts the content with the JDK's AES-GCM in its own way ({@link GcmContent}); these tests hold it to
 * BouncyCastle's reading of RFC 5083/5084 in both directions, at sizes around the chunk boundaries, with
 * authenticated attributes, other key sizes and a short ICV, and show that every kind of change is refused.
 */
class EnvelopeInteropTest {
    private static final int CHUNK = GcmContent.CHUNK;
    private static final int[] SIZES = {0, 1, 15, 16, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5, (1 << 20) + 3};
    private static DemoPki.Issued rsa;
    private static DemoPki.Issued ec;

    private final EnvelopeSealer sealer = new EnvelopeSealer();
    private final EnvelopeOpener opener = new EnvelopeOpener();

    @BeforeAll
    static void keys() throws Exception {
        rsa = TestPki.ca().issueRecipient("Central RSA", KeyType.RSA_2048);
        ec = TestPki.ca().issueRecipient("Central EC", KeyType.EC_P256);
    }

    @Test
    void ourEnvelopesOpenWithBouncyCastlesOwnRecipients() throws Exception {
        for (int size : SIZES) {
            byte[] content = content(size);
            byte[] env = sealer.seal(content, List.of(rsa.certificate(), ec.certificate()));
            assertArrayEquals(content, openWithBouncyCastle(env, rsa), "RSA, " + size + " bytes");
            assertArrayEquals(content, openWithBouncyCastle(env, ec), "EC, " + size + " bytes");
            assertArrayEquals(content, open(env, rsa), "ours, RSA, " + size + " bytes");
            assertArrayEquals(content, open(env, ec), "ours, EC, " + size + " bytes");
        }
    }

    @Test
    void bouncyCastlesEnvelopesOpenHereIncludingAuthenticatedAttributesAndOtherKeySizes() throws Exception {
        for (ASN1ObjectIdentifier algorithm : List.of(CMSAlgorithm.AES128_GCM, CMSAlgorithm.AES192_GCM,
                CMSAlgorithm.AES256_GCM)) {
            for (int size : new int[] {0, CHUNK + 1, (1 << 20) + 3}) {
                byte[] content = content(size);
                byte[] env = sealWithBouncyCastle(content, algorithm, true);
                assertArrayEquals(content, openWithBouncyCastle(env, ec), "BC itself, " + algorithm + ", " + size);
                assertArrayEquals(content, open(env, ec), algorithm + ", " + size + " bytes, with authAttrs");
                assertArrayEquals(content, open(env, rsa), algorithm + ", " + size + " bytes, RSA");
            }
        }
    }

    @Test
    void aTwelveByteIcvBuiltWithTheJdkOpensHereAndInBouncyCastle() throws Exception {
        byte[] content = content(3 * CHUNK + 5);
        byte[] env = handMade(content, 12);
        assertArrayEquals(content, openWithBouncyCastle(env, rsa));
        assertArrayEquals(content, open(env, rsa));
    }

    @Test
    void changedCiphertextMacNonceOrAttributesAreRefused() throws Exception {
        byte[] content = content(2 * CHUNK + 7);
        byte[] env = sealWithBouncyCastle(content, CMSAlgorithm.AES256_GCM, true);
        assertArrayEquals(content, open(env, ec));
        for (int at : new int[] {0, CHUNK - 1, CHUNK, 2 * CHUNK + 6}) {
            assertRefused(rebuild(env, d -> with(d, flip(octets(d), at), d.getMac().getOctets(), nonce(d), d.getAuthAttrs())),
                    "ciphertext byte " + at);
        }
        for (int at : new int[] {0, 15}) {
            assertRefused(rebuild(env, d -> with(d, octets(d), flip(d.getMac().getOctets(), at), nonce(d), d.getAuthAttrs())),
                    "MAC byte " + at);
        }
        assertRefused(rebuild(env, d -> with(d, octets(d), d.getMac().getOctets(), flip(nonce(d), 11), d.getAuthAttrs())),
                "nonce");
        assertRefused(rebuild(env, d -> with(d, octets(d), d.getMac().getOctets(), nonce(d), attributes("other"))),
                "authenticated attributes");
        assertRefused(rebuild(env, d -> with(d, octets(d), d.getMac().getOctets(), nonce(d), null)),
                "authenticated attributes removed");
        byte[] shorter = java.util.Arrays.copyOf(octets(parse(env)), 2 * CHUNK);
        assertRefused(rebuild(env, d -> with(d, shorter, d.getMac().getOctets(), nonce(d), d.getAuthAttrs())),
                "ciphertext truncated");
        byte[] shortMac = java.util.Arrays.copyOf(parse(env).getMac().getOctets(), 12);
        assertRefused(rebuild(env, d -> with(d, octets(d), shortMac, nonce(d), d.getAuthAttrs())),
                "MAC shortened without the parameters saying so");
    }

    @Test
    void aContentKeyOfTheWrongLengthForTheAlgorithmIsRefused() throws Exception {
        byte[] env = sealWithBouncyCastle(content(100), CMSAlgorithm.AES128_GCM, false);
        // same key, but the structure now claims AES-256: BouncyCastle hands back a 128-bit key
        assertRefused(rebuild(env, d -> new AuthEnvelopedData(d.getOriginatorInfo(), d.getRecipientInfos(),
                new EncryptedContentInfo(CMSObjectIdentifiers.data, new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM,
                        d.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getParameters()),
                        d.getAuthEncryptedContentInfo().getEncryptedContent()), d.getAuthAttrs(), d.getMac(), null)),
                "key length");
    }

    @Test
    void contentAlgorithmsOtherThanAesGcmAreRefused() throws Exception {
        byte[] env = sealer.seal(content(100), List.of(ec.certificate()));
        assertRefused(rebuild(env, d -> new AuthEnvelopedData(d.getOriginatorInfo(), d.getRecipientInfos(),
                new EncryptedContentInfo(CMSObjectIdentifiers.data, new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_CBC,
                        DERNull.INSTANCE), d.getAuthEncryptedContentInfo().getEncryptedContent()), d.getAuthAttrs(),
                d.getMac(), null)), "AES-CBC");
    }

    private byte[] open(byte[] env, DemoPki.Issued recipient) throws SigningException {
        return opener.open(env, recipient.certificate(), recipient.privateKey(), BouncyCastle.PROVIDER);
    }

    private void assertRefused(byte[] env, String what) {
        SigningException e = assertThrows(SigningException.class, () -> open(env, ec), what);
        assertEquals(SigningError.ENVELOPE_FAILED, e.error(), what);
    }

    /** BouncyCastle alone: its recipients and its own (pure Java) AES-GCM. */
    private static byte[] openWithBouncyCastle(byte[] env, DemoPki.Issued recipient) throws Exception {
        CMSAuthEnvelopedData data = new CMSAuthEnvelopedData(env);
        for (RecipientInformation info : data.getRecipientInfos().getRecipients()) {
            try {
                if (recipient == rsa) {
                    return info.getContent(new JceKeyTransAuthEnvelopedRecipient(recipient.privateKey())
                            .setProvider(BouncyCastle.PROVIDER).setContentProvider(BouncyCastle.PROVIDER));
                }
                return info.getContent(new JceKeyAgreeAuthEnvelopedRecipient(recipient.privateKey())
                        .setProvider(BouncyCastle.PROVIDER).setContentProvider(BouncyCastle.PROVIDER));
            } catch (ClassCastException | org.bouncycastle.cms.CMSException notThisOne) {
                // the other recipient's info
            }
        }
        throw new AssertionError("BouncyCastle could not open the envelope");
    }

    /** An envelope made by BouncyCastle with its own AES-GCM, to both recipients. */
    private static byte[] sealWithBouncyCastle(byte[] content, ASN1ObjectIdentifier algorithm, boolean authAttrs)
            throws Exception {
        CMSAuthEnvelopedDataGenerator gen = new CMSAuthEnvelopedDataGenerator();
        gen.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(rsa.certificate()).setProvider(BouncyCastle.PROVIDER));
        KeyPair ephemeral = ephemeralEcKey();
        gen.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                .addRecipient(ec.certificate()).setProvider(BouncyCastle.PROVIDER));
        if (authAttrs) {
            gen.setAuthenticatedAttributeGenerator(new SimpleAttributeTableGenerator(attributeTable("package 42")));
        }
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(algorithm)
                .setProvider(BouncyCastle.PROVIDER).build();
        return gen.generate(new CMSProcessableByteArray(content), encryptor).getEncoded();
    }

    private static KeyPair ephemeralEcKey() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        kpg.initialize(((ECPublicKey) ec.certificate().getPublicKey()).getParams());
        return kpg.generateKeyPair();
    }

    /** AES-256-GCM with the given ICV length done with the JDK, RSA-OAEP recipient info from BouncyCastle. */
    private static byte[] handMade(byte[] content, int icvBytes) throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        kg.init(256);
        SecretKey cek = kg.generateKey();
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, cek, new GCMParameterSpec(icvBytes * 8, nonce));
        byte[] out = gcm.doFinal(content);
        byte[] ciphertext = java.util.Arrays.copyOf(out, content.length);
        byte[] mac = java.util.Arrays.copyOfRange(out, content.length, out.length);
        org.bouncycastle.asn1.cms.RecipientInfo ri = new JceKeyTransRecipientInfoGenerator(rsa.certificate())
                .setProvider(BouncyCastle.PROVIDER).generate(new GenericKey(cek));
        AuthEnvelopedData d = new AuthEnvelopedData(null, new DERSet(ri), new EncryptedContentInfo(CMSObjectIdentifiers.data,
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM, new GCMParameters(nonce, icvBytes)),
                new DEROctetString(ciphertext)), null, new DEROctetString(mac), null);
        return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, d).getEncoded(ASN1Encoding.DER);
    }

    private static AuthEnvelopedData parse(byte[] env) throws Exception {
        return AuthEnvelopedData.getInstance(ContentInfo.getInstance(env).getContent());
    }

    private static byte[] rebuild(byte[] env, UnaryOperator<AuthEnvelopedData> change) throws Exception {
        return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, change.apply(parse(env))).getEncoded(ASN1Encoding.DER);
    }

    private static AuthEnvelopedData with(AuthEnvelopedData d, byte[] ciphertext, byte[] mac, byte[] nonce,
                                          org.bouncycastle.asn1.ASN1Set authAttrs) {
        GCMParameters p = GCMParameters.getInstance(d.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getParameters());
        AlgorithmIdentifier alg = new AlgorithmIdentifier(d.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm()
                .getAlgorithm(), new GCMParameters(nonce, p.getIcvLen()));
        return new AuthEnvelopedData(d.getOriginatorInfo(), d.getRecipientInfos(),
                new EncryptedContentInfo(CMSObjectIdentifiers.data, alg, new DEROctetString(ciphertext)), authAttrs,
                new DEROctetString(mac), null);
    }

    private static byte[] octets(AuthEnvelopedData d) {
        return d.getAuthEncryptedContentInfo().getEncryptedContent().getOctets();
    }

    private static byte[] nonce(AuthEnvelopedData d) {
        return GCMParameters.getInstance(d.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getParameters()).getNonce();
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private static AttributeTable attributeTable(String text) {
        Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
        ASN1ObjectIdentifier oid = new ASN1ObjectIdentifier("2.999.7.2");
        t.put(oid, new Attribute(oid, new DERSet(new DERUTF8String(text))));
        return new AttributeTable(t);
    }

    private static org.bouncycastle.asn1.ASN1Set attributes(String text) {
        return new DERSet(attributeTable(text).toASN1EncodableVector());
    }

    private static byte[] content(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
