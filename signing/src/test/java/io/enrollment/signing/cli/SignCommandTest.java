package io.enrollment.signing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.cli.CliCommand;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new SignCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path signed(Packaging packaging, byte[] content) throws Exception {
        byte[] cms = new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.empty())
                .sign(TestPki.session(KeyType.EC_P256), content, packaging).encoded();
        Path file = dir.resolve("sig-" + packaging + ".p7s");
        Files.write(file, cms);
        return file;
    }

    private Path ca() throws Exception {
        Path ca = dir.resolve("ca.pem");
        DemoPki.writePem(List.of(TestPki.ca().caCertificate()), ca);
        return ca;
    }

    @Test
    void validEncapsulatedSignaturePrintsWhoWhenWhat() throws Exception {
        Path sig = signed(Packaging.ENCAPSULATED, new byte[] {1, 2, 3});
        assertEquals(CliCommand.OK, run("verify", sig.toString(), "--trust", ca().toString()), err.toString());
        assertTrue(out().contains("signer:       CN=Officer EC_P256,O=Test Bank,C=RU"), out());
        assertTrue(out().contains("signed at:"), out());
        assertTrue(out().contains("algorithm:    ECDSA with SHA-256"), out());
        assertTrue(out().contains("chain:        trusted"), out());
        assertTrue(out().contains("result:       VALID"), out());
        assertEquals("sign", new SignCommand().name());
    }

    @Test
    void withoutTrustTheOutputSaysTheChainWasNotChecked() throws Exception {
        Path sig = signed(Packaging.ENCAPSULATED, new byte[] {1, 2, 3});
        assertEquals(CliCommand.OK, run("verify", sig.toString()));
        assertTrue(out().contains("NOT CHECKED"), out());
    }

    @Test
    void pemInputIsAccepted() throws Exception {
        Path der = signed(Packaging.ENCAPSULATED, new byte[] {9});
        Path pem = dir.resolve("sig.pem");
        Files.writeString(pem, "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(Files.readAllBytes(der))
                + "\n-----END CMS-----\n");
        assertEquals(CliCommand.OK, run("verify", pem.toString(), "--trust", ca().toString()), err.toString());
    }

    @Test
    void detachedNeedsItsContent() throws Exception {
        byte[] content = "detached content".getBytes(StandardCharsets.UTF_8);
        Path sig = signed(Packaging.DETACHED, content);
        Path data = dir.resolve("data.bin");
        Files.write(data, content);
        assertEquals(CliCommand.OK, run("verify", sig.toString(), "--content", data.toString(), "--trust", ca().toString()));
        assertEquals(CliCommand.FAILED, run("verify", sig.toString()));
        assertTrue(out().contains("INVALID CONTENT_MISSING"), out());
        Files.write(data, "detached contenT".getBytes(StandardCharsets.UTF_8));
        assertEquals(CliCommand.FAILED, run("verify", sig.toString(), "--content", data.toString()));
        assertTrue(out().contains("INVALID CONTENT_DIGEST_MISMATCH"), out());
    }

    @Test
    void untrustedSignerIsInvalid() throws Exception {
        Path sig = signed(Packaging.ENCAPSULATED, new byte[] {1});
        Path rogueCa = dir.resolve("rogue.pem");
        DemoPki.writePem(List.of(TestPki.otherCa().caCertificate()), rogueCa);
        assertEquals(CliCommand.FAILED, run("verify", sig.toString(), "--trust", rogueCa.toString()));
        assertTrue(out().contains("INVALID UNTRUSTED_CHAIN"), out());
    }

    @Test
    void unreadableAndTruncatedInputAndBadUsage() throws Exception {
        assertEquals(CliCommand.USAGE, run());
        assertEquals(CliCommand.USAGE, run("check"));
        assertEquals(CliCommand.USAGE, run("verify"));
        assertEquals(CliCommand.USAGE, run("verify", "a", "b"));
        assertEquals(CliCommand.USAGE, run("verify", "a", "--frobnicate"));
        assertEquals(CliCommand.USAGE, run("verify", dir.resolve("missing.p7s").toString()));
        assertTrue(err.toString().contains("cannot read"), err.toString());
        Path sig = signed(Packaging.ENCAPSULATED, new byte[] {1});
        byte[] bytes = Files.readAllBytes(sig);
        Path cut = dir.resolve("cut.p7s");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 20));
        assertEquals(CliCommand.USAGE, run("verify", cut.toString()));
        assertTrue(err.toString().contains("unreadable"), err.toString());
        List<String> args = new ArrayList<>(List.of("verify", sig.toString(), "--trust"));
        assertEquals(CliCommand.USAGE, run(args.toArray(new String[0])));
    }
}
