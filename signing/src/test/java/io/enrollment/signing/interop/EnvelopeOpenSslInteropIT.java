package io.enrollment.signing.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.envelope.EnvelopeSealer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Envelopes against a second, independent implementation: OpenSSL 3 ({@code openssl cms -encrypt -aes-256-gcm}
 * makes AuthEnvelopedData). OpenSSL opens ours, we open OpenSSL's (RSA and EC recipients), and a changed byte in
 * OpenSSL's envelope is refused by us.
 */
class EnvelopeOpenSslInteropIT {
    private static final byte[] CONTENT = content();

    @TempDir
    static Path dir;
    private static DemoPki.Issued rsa;
    private static DemoPki.Issued ec;

    @BeforeAll
    static void setUp() throws Exception {
        SoftHsmFixture.missing(!SoftHsmFixture.onPath("openssl"), "openssl not found: apt-get install openssl");
        rsa = TestPki.ca().issueRecipient("Central RSA", KeyType.RSA_2048);
        ec = TestPki.ca().issueRecipient("Central EC", KeyType.EC_P256);
        for (DemoPki.Issued r : List.of(rsa, ec)) {
            DemoPki.writePem(List.of(r.certificate()), cert(r));
            Files.writeString(key(r), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(r.privateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
        }
        Files.write(dir.resolve("content.bin"), CONTENT);
    }

    @Test
    void openSslOpensOurEnvelopeForEitherRecipient() throws Exception {
        Path env = dir.resolve("ours.der");
        Files.write(env, new EnvelopeSealer().seal(CONTENT, List.of(rsa.certificate(), ec.certificate())));
        for (DemoPki.Issued r : List.of(rsa, ec)) {
            Path out = dir.resolve("opened-by-openssl-" + r.certificate().getSerialNumber().toString(16) + ".bin");
            SoftHsmFixture.run(List.of("openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", env.toString(),
                    "-recip", cert(r).toString(), "-inkey", key(r).toString(), "-out", out.toString()));
            assertArrayEquals(CONTENT, Files.readAllBytes(out), "OpenSSL with " + r.certificate().getSubjectX500Principal());
        }
    }

    @Test
    void weOpenOpenSslsEnvelopeForEitherRecipient() throws Exception {
        byte[] env = openSslEnvelope();
        assertEquals(CMSObjectIdentifiers.authEnvelopedData, ContentInfo.getInstance(env).getContentType());
        for (DemoPki.Issued r : List.of(rsa, ec)) {
            assertArrayEquals(CONTENT, new EnvelopeOpener().open(env, r.certificate(), r.privateKey(), BouncyCastle.PROVIDER));
        }
    }

    @Test
    void aChangedByteInOpenSslsCiphertextIsRefused() throws Exception {
        byte[] env = openSslEnvelope();
        byte[] bad = env.clone();
        bad[env.length / 2] ^= 0x04; // inside the 200 kB of ciphertext
        SigningException e = assertThrows(SigningException.class,
                () -> new EnvelopeOpener().open(bad, ec.certificate(), ec.privateKey(), BouncyCastle.PROVIDER));
        assertEquals(SigningError.ENVELOPE_FAILED, e.error());
    }

    private static byte[] openSslEnvelope() throws IOException {
        Path env = dir.resolve("openssl.der");
        List<String> cmd = new ArrayList<>(List.of("openssl", "cms", "-encrypt", "-binary", "-aes-256-gcm",
                "-in", dir.resolve("content.bin").toString(), "-outform", "DER", "-out", env.toString(),
                "-recip", cert(rsa).toString(), "-recip", cert(ec).toString(), "-keyopt", "ecdh_kdf_md:sha256"));
        SoftHsmFixture.run(cmd);
        return Files.readAllBytes(env);
    }

    private static Path cert(DemoPki.Issued r) {
        return dir.resolve(r.certificate().getSerialNumber().toString(16) + ".pem");
    }

    private static Path key(DemoPki.Issued r) {
        return dir.resolve(r.certificate().getSerialNumber().toString(16) + ".key");
    }

    private static byte[] content() {
        byte[] b = new byte[200_003];
        new Random(7).nextBytes(b);
        return b;
    }
}
