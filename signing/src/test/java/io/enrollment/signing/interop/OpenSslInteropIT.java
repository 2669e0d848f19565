package io.enrollment.signing.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.cli.CliCommand;
import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.InvalidReason;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.cli.SignCommand;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.Pkcs11Token;
import io.enrollment.signing.token.RawPkcs11Token;
import io.enrollment.signing.token.RolePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with OpenSSL 3 (and Debian's GOST engine, libengine-gost-openssl): OpenSSL
 * verifies our signatures, and our verifier (and the CLI) verifies OpenSSL's, and rejects them
 * once tampered.
 */
class OpenSslInteropIT {
    private static final byte[] CONTENT = "interop: package bytes\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;
    private static Path ca;
    private static Path data;

    @BeforeAll
    static void setUp() throws Exception {
        SoftHsmFixture.missing(!SoftHsmFixture.onPath("openssl"), "openssl not found: apt-get install openssl");
        ca = dir.resolve("test-ca.pem");
        DemoPki.writePem(List.of(TestPki.ca().caCertificate()), ca);
        data = dir.resolve("data.bin");
        Files.write(data, CONTENT);
    }

    private static boolean gostEngine() {
        try {
            SoftHsmFixture.run(List.of("openssl", "engine", "gost"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** openssl cms -verify; returns normally only when OpenSSL says "Verification successful". */
    private static void opensslVerifies(byte[] cms, Packaging packaging, Path caFile, boolean gost) throws IOException {
        Path sig = Files.createTempFile(dir, "sig", ".der");
        Files.write(sig, cms);
        List<String> cmd = new ArrayList<>(List.of("openssl", "cms", "-verify", "-inform", "DER", "-in", sig.toString(),
                "-CAfile", caFile.toString(), "-out", dir.resolve("out.bin").toString(), "-binary"));
        if (gost) {
            cmd.addAll(List.of("-engine", "gost"));
        }
        if (packaging == Packaging.DETACHED) {
            cmd.addAll(List.of("-content", data.toString()));
        }
        String out = SoftHsmFixture.run(cmd);
        assertTrue(out.contains("Verification successful"), out);
        assertTrue(java.util.Arrays.equals(CONTENT, Files.readAllBytes(dir.resolve("out.bin"))));
    }

    @Test
    void opensslVerifiesOurEcdsaAndRsaPssSignatures() throws Exception {
        CadesSigner signer = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty());
        for (KeyType type : List.of(KeyType.EC_P256, KeyType.RSA_2048)) {
            for (Packaging packaging : Packaging.values()) {
                opensslVerifies(signer.sign(TestPki.session(type), CONTENT, packaging).encoded(), packaging, ca, false);
            }
        }
    }

    @Test
    void opensslVerifiesSignaturesMadeOnTheSoftHsmToken() throws Exception {
        SoftHsmFixture hsm = SoftHsmFixture.get();
        Path hsmCa = hsm.caDir().resolve("ca.pem");
        CadesSigner signer = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty());
        CertificateValidator trust = new CertificateValidator(List.of(hsm.ca()));
        LoginGuard guard = LoginGuard.standard(new RecordingListener(), Clock.systemUTC());
        try (OfficerSession s = new Pkcs11Token(hsm.config(SoftHsmFixture.EC), trust, RolePolicy.operatorsOnly(), guard)
                .login(new FixedPin(SoftHsmFixture.PIN))) {
            opensslVerifies(signer.sign(s, CONTENT, Packaging.ENCAPSULATED).encoded(), Packaging.ENCAPSULATED, hsmCa, false);
        }
        try (OfficerSession s = new Pkcs11Token(hsm.config(SoftHsmFixture.RSA), trust, RolePolicy.operatorsOnly(), guard)
                .login(new FixedPin(SoftHsmFixture.PIN))) {
            opensslVerifies(signer.sign(s, CONTENT, Packaging.DETACHED).encoded(), Packaging.DETACHED, hsmCa, false);
        }
        try (OfficerSession s = new RawPkcs11Token(hsm.config(SoftHsmFixture.RAW), trust, RolePolicy.operatorsOnly(), guard)
                .login(new FixedPin(SoftHsmFixture.PIN))) {
            opensslVerifies(signer.sign(s, CONTENT, Packaging.ENCAPSULATED).encoded(), Packaging.ENCAPSULATED, hsmCa, false);
        }
    }

    @Test
    void gostEngineVerifiesOurGostSignatures() throws Exception {
        SoftHsmFixture.missing(!gostEngine(), "OpenSSL GOST engine missing: apt-get install libengine-gost-openssl");
        CadesSigner signer = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty());
        for (KeyType type : List.of(KeyType.GOST_2012_256, KeyType.GOST_2012_512)) {
            for (Packaging packaging : Packaging.values()) {
                opensslVerifies(signer.sign(TestPki.session(type), CONTENT, packaging).encoded(), packaging, ca, true);
            }
        }
    }

    /** Key + certificate made by OpenSSL, issued by the test CA (its key handed to OpenSSL as PEM). */
    private static Path[] opensslOfficer(String name, List<String> genpkey, boolean gost) throws Exception {
        Path caKey = dir.resolve("ca-key.pem");
        if (!Files.exists(caKey)) {
            // a CA of OpenSSL's own, so that the certificates below are OpenSSL's end to end
            SoftHsmFixture.run(List.of(Path.of(System.getProperty("signing.scripts.dir", "../scripts/token"))
                    .resolve("test-ca.sh").toString(), dir.resolve("ossl-ca").toString()));
            Files.copy(dir.resolve("ossl-ca/ca.key"), caKey);
        }
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".pem");
        Path ext = dir.resolve("officer.ext");
        Files.writeString(ext, "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
        List<String> eng = gost ? List.of("-engine", "gost") : List.of();
        List<String> g = new ArrayList<>(List.of("openssl", "genpkey"));
        g.addAll(eng);
        g.addAll(genpkey);
        g.addAll(List.of("-out", key.toString()));
        SoftHsmFixture.run(g);
        List<String> req = new ArrayList<>(List.of("openssl", "req", "-new"));
        req.addAll(eng);
        req.addAll(List.of("-key", key.toString(), "-subj", "/C=RU/O=OpenSSL Bank/CN=" + name, "-out", csr.toString()));
        SoftHsmFixture.run(req);
        List<String> x509 = new ArrayList<>(List.of("openssl", "x509", "-req"));
        x509.addAll(eng);
        x509.addAll(List.of("-in", csr.toString(), "-CA", dir.resolve("ossl-ca/ca.pem").toString(), "-CAkey", caKey.toString(),
                "-set_serial", String.valueOf(100 + name.length()), "-days", "30", "-extfile", ext.toString(),
                "-out", cert.toString()));
        SoftHsmFixture.run(x509);
        return new Path[] {key, cert};
    }

    private static byte[] opensslSign(Path[] officer, Packaging packaging, List<String> extra) throws Exception {
        Path out = Files.createTempFile(dir, "ossl", ".der");
        List<String> cmd = new ArrayList<>(List.of("openssl", "cms", "-sign", "-cades", "-binary", "-in", data.toString(),
                "-signer", officer[1].toString(), "-inkey", officer[0].toString(), "-outform", "DER", "-out", out.toString()));
        if (packaging == Packaging.ENCAPSULATED) {
            cmd.add("-nodetach");
        }
        cmd.addAll(extra);
        SoftHsmFixture.run(cmd);
        return Files.readAllBytes(out);
    }

    private static VerificationResult verifyOurs(byte[] cms, Packaging packaging) throws Exception {
        CadesVerifier verifier = new CadesVerifier(new CertificateValidator(
                io.enrollment.signing.Certificates.read(dir.resolve("ossl-ca/ca.pem"))));
        return packaging == Packaging.DETACHED ? verifier.verify(cms, Optional.of(CONTENT)) : verifier.verify(cms);
    }

    private static int cli(byte[] cms, Packaging packaging, ByteArrayOutputStream out) throws IOException {
        Path sig = Files.createTempFile(dir, "cli", ".p7s");
        Files.write(sig, cms);
        List<String> args = new ArrayList<>(List.of("verify", sig.toString(), "--trust", dir.resolve("ossl-ca/ca.pem").toString()));
        if (packaging == Packaging.DETACHED) {
            args.addAll(List.of("--content", data.toString()));
        }
        return new SignCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static void verifiesAndRejectsTampering(byte[] cms, Packaging packaging, String algorithm) throws Exception {
        VerificationResult r = verifyOurs(cms, packaging);
        assertTrue(r.isValid(), algorithm + ": " + r.detail());
        assertEquals(algorithm, r.algorithm().orElseThrow());
        assertEquals("OpenSSL Bank", r.signer().orElseThrow().organisation());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(CliCommand.OK, cli(cms, packaging, out), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("algorithm:    " + algorithm));
        if (packaging == Packaging.ENCAPSULATED) {
            byte[] tampered = cms.clone();
            int at = indexOf(tampered, CONTENT);
            tampered[at] ^= 0x01;
            VerificationResult bad = verifyOurs(tampered, packaging);
            assertFalse(bad.isValid());
            assertEquals(Optional.of(InvalidReason.CONTENT_DIGEST_MISMATCH), bad.failure(), bad.detail());
            ByteArrayOutputStream out2 = new ByteArrayOutputStream();
            assertEquals(CliCommand.FAILED, cli(tampered, packaging, out2));
        }
    }

    @Test
    void ourVerifierAcceptsOpensslCadesEcdsaAndRsa() throws Exception {
        Path[] ec = opensslOfficer("ossl-ec", List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"), false);
        for (Packaging p : Packaging.values()) {
            verifiesAndRejectsTampering(opensslSign(ec, p, List.of("-md", "sha256")), p, "ECDSA with SHA-256");
        }
        Path[] rsa = opensslOfficer("ossl-rsa", List.of("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"), false);
        verifiesAndRejectsTampering(opensslSign(rsa, Packaging.ENCAPSULATED, List.of("-md", "sha256")),
                Packaging.ENCAPSULATED, "RSA PKCS#1 v1.5 with SHA-256");
        verifiesAndRejectsTampering(opensslSign(rsa, Packaging.ENCAPSULATED,
                List.of("-md", "sha256", "-keyopt", "rsa_padding_mode:pss")), Packaging.ENCAPSULATED, "RSASSA-PSS with SHA-256");
    }

    @Test
    void ourVerifierAcceptsOpensslGostSignatures() throws Exception {
        SoftHsmFixture.missing(!gostEngine(), "OpenSSL GOST engine missing: apt-get install libengine-gost-openssl");
        Path[] g256 = opensslOfficer("ossl-gost256", List.of("-algorithm", "gost2012_256", "-pkeyopt", "paramset:A"), true);
        for (Packaging p : Packaging.values()) {
            verifiesAndRejectsTampering(opensslSign(g256, p, List.of("-engine", "gost", "-md", "md_gost12_256")), p,
                    "GOST R 34.10-2012 256 with Streebog-256");
        }
        Path[] g512 = opensslOfficer("ossl-gost512", List.of("-algorithm", "gost2012_512", "-pkeyopt", "paramset:A"), true);
        verifiesAndRejectsTampering(opensslSign(g512, Packaging.ENCAPSULATED, List.of("-engine", "gost", "-md", "md_gost12_512")),
                Packaging.ENCAPSULATED, "GOST R 34.10-2012 512 with Streebog-512");
    }

    @Test
    void plainCmsWithoutCadesAttributesIsNotAccepted() throws Exception {
        Path[] ec = opensslOfficer("ossl-plain", List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"), false);
        Path out = dir.resolve("plain.der");
        SoftHsmFixture.run(List.of("openssl", "cms", "-sign", "-binary", "-nodetach", "-in", data.toString(), "-signer",
                ec[1].toString(), "-inkey", ec[0].toString(), "-outform", "DER", "-out", out.toString()));
        VerificationResult r = verifyOurs(Files.readAllBytes(out), Packaging.ENCAPSULATED);
        assertEquals(Optional.of(InvalidReason.MISSING_SIGNED_ATTRIBUTE), r.failure(), r.detail());
        assertTrue(r.detail().contains("signing-certificate"), r.detail());
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
        throw new AssertionError("content not found");
    }
}
