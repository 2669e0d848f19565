package io.enrollment.signing.cli;

import io.enrollment.core.cli.CliCommand;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.InvalidReason;
import io.enrollment.signing.cades.SignerIdentity;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.token.CertificateValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code workstation sign verify FILE [--content DATA] [--trust CA.pem]...}: verifies a CAdES
 * signature (DER or PEM, ours or another tool's) and prints who signed, when, with which
 * algorithm, and whether it verifies. Exit 0 valid, 1 invalid, 2 bad usage or unreadable input
 * (a file that cannot be read, or bytes that are not a complete CMS structure).
 */
public final class SignCommand implements CliCommand {

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String summary() {
        return "verify a CAdES signature: who signed, when, which algorithm, valid or why not";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: workstation sign verify FILE [--content DATA] [--trust CA.pem]...",
                "  FILE            CMS SignedData (DER or PEM), encapsulated or detached",
                "  --content DATA  the signed content, for a detached signature",
                "  --trust CA.pem  trust anchor certificate(s); repeatable. Without it the chain is",
                "                  NOT checked (said so in the output)",
                "exit: 0 valid, 1 invalid, 2 bad usage or unreadable input");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("verify")) {
            err.println(args.isEmpty() ? "sign: missing subcommand" : "sign: unknown subcommand '" + args.get(0) + "'");
            err.println(usage());
            return USAGE;
        }
        Path file = null;
        Path content = null;
        List<Path> trust = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--content") || a.equals("--trust")) {
                if (i + 1 >= args.size()) {
                    err.println("sign verify: " + a + " needs a file");
                    return USAGE;
                }
                Path value = Path.of(args.get(++i));
                if (a.equals("--content")) {
                    content = value;
                } else {
                    trust.add(value);
                }
            } else if (a.startsWith("--")) {
                err.println("sign verify: unknown option " + a);
                err.println(usage());
                return USAGE;
            } else if (file == null) {
                file = Path.of(a);
            } else {
                err.println("sign verify: more than one FILE given");
                return USAGE;
            }
        }
        if (file == null) {
            err.println("sign verify: FILE is required");
            err.println(usage());
            return USAGE;
        }
        byte[] cms;
        Optional<byte[]> data = Optional.empty();
        List<X509Certificate> anchors = new ArrayList<>();
        try {
            cms = decodePem(Files.readAllBytes(file));
            if (content != null) {
                data = Optional.of(Files.readAllBytes(content));
            }
            for (Path t : trust) {
                anchors.addAll(Certificates.read(t));
            }
        } catch (IOException e) {
            err.println("sign verify: cannot read " + e.getMessage());
            return USAGE;
        } catch (CertificateException e) {
            err.println("sign verify: unreadable trust anchor: " + e.getMessage());
            return USAGE;
        }
        VerificationResult r = new CadesVerifier(new CertificateValidator(anchors)).verify(cms, data);
        if (r.failure().map(f -> f == InvalidReason.MALFORMED).orElse(false)) {
            err.println("sign verify: unreadable: " + file + ": " + r.detail());
            return USAGE;
        }
        print(r, out);
        return r.isValid() ? OK : FAILED;
    }

    private static void print(VerificationResult r, PrintStream out) {
        if (r.signer().isPresent()) {
            SignerIdentity s = r.signer().get();
            out.println("signer:       " + s.subjectDn());
            out.println("organisation: " + (s.organisation().isEmpty() ? "-" : s.organisation()));
            out.println("certificate:  serial " + s.serialHex() + ", issued by " + s.issuerDn() + ", valid "
                    + s.notBefore() + " .. " + s.notAfter());
        }
        r.signingTime().ifPresent(t -> out.println("signed at:    " + t + " (signing-time attribute)"));
        r.timestampTime().ifPresent(t -> out.println("time-stamp:   " + t + " (RFC 3161, verified)"));
        r.algorithm().ifPresent(a -> out.println("algorithm:    " + a));
        out.println("chain:        " + (r.chain() == VerificationResult.ChainStatus.TRUSTED ? "trusted"
                : r.chain() == VerificationResult.ChainStatus.NOT_CHECKED ? "NOT CHECKED (no --trust given)"
                : "not established"));
        if (r.isValid()) {
            out.println("result:       VALID (" + r.detail() + ")");
        } else {
            out.println("result:       INVALID " + r.failure().get() + ": " + r.detail());
        }
    }

    /** PEM ("-----BEGIN CMS/PKCS7-----") to DER; DER is returned as is. */
    static byte[] decodePem(byte[] bytes) throws IOException {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII);
        if (!head.trim().startsWith("-----BEGIN")) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        StringBuilder b64 = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("-----") && !line.isBlank()) {
                b64.append(line.trim());
            }
        }
        try {
            return Base64.getDecoder().decode(b64.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException("PEM with bad base64: " + e.getMessage(), e);
        }
    }
}
