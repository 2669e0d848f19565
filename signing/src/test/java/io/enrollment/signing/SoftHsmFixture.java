package io.enrollment.signing;

import static org.junit.jupiter.api.Assertions.fail;

import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import io.enrollment.signing.token.TokenConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * SoftHSM2 tokens for the integration tests, made once per test JVM with scripts/token/ (test CA
 * by OpenSSL, keys generated ON the token by pkcs11-tool, certificates imported under the same
 * CKA_ID). SoftHSM2 reads SOFTHSM2_CONF when the library is first initialised in a process, so the
 * POM points it at target/softhsm before the JVM starts, and every token is made before the first
 * PKCS#11 call. Never touches the system token directory.
 *
 * <p>Skips (with the reason) when softhsm2/opensc/openssl are genuinely absent, except under
 * CI=true, where scripts/test.sh installs them and their absence is a failure.
 */
public final class SoftHsmFixture {
    public static final String PIN = "123456";
    /** Good officer, EC P-256. */
    public static final String EC = "officer-ec";
    /** Good officer, RSA 2048. */
    public static final String RSA = "officer-rsa";
    /** EC key whose certificate allows only keyEncipherment. */
    public static final String WRONG_USAGE = "officer-ku";
    /** EC key certified by a CA nobody trusts. */
    public static final String ROGUE = "officer-rogue";
    /** Used for wrong-PIN tests only. */
    public static final String PIN_TESTS = "officer-pin";
    /** Pulled (its token directory deleted) by the removal test. */
    public static final String PULL = "officer-pull";
    /** Used by the raw PKCS#11 tests. */
    public static final String RAW = "officer-raw";
    /** Used by the benchmark. */
    public static final String BENCH = "officer-bench";

    private static final List<String> MODULES = List.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so");
    private static SoftHsmFixture instance;

    private final Path dir;
    private final Path library;
    private final RawPkcs11 raw;

    private SoftHsmFixture(Path dir, Path library, RawPkcs11 raw) {
        this.dir = dir;
        this.library = library;
        this.raw = raw;
    }

    /** The fixture, creating the tokens on first use. */
    public static synchronized SoftHsmFixture get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static SoftHsmFixture create() {
        Path library = MODULES.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        missing(library == null, "softhsm2 is not installed (libsofthsm2.so not found): apt-get install softhsm2");
        missing(!onPath("pkcs11-tool"), "pkcs11-tool not found: apt-get install opensc");
        missing(!onPath("openssl"), "openssl not found: apt-get install openssl");
        String dirProperty = System.getProperty("signing.softhsm.dir");
        String conf = System.getenv("SOFTHSM2_CONF");
        if (dirProperty == null || conf == null || !Path.of(conf).equals(Path.of(dirProperty, "softhsm2.conf"))) {
            fail("run the PKCS#11 tests through Maven (failsafe sets SOFTHSM2_CONF=target/softhsm/softhsm2.conf "
                    + "before the JVM starts); SOFTHSM2_CONF=" + conf + ", signing.softhsm.dir=" + dirProperty);
        }
        Path dir = Path.of(dirProperty);
        Path scripts = Path.of(System.getProperty("signing.scripts.dir", "../scripts/token"));
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            run(List.of(scripts.resolve("test-ca.sh").toString(), dir.resolve("ca").toString()));
            run(List.of(scripts.resolve("test-ca.sh").toString(), dir.resolve("rogue-ca").toString(),
                    "/C=RU/O=Nowhere/CN=Rogue CA"));
            token(scripts, dir, EC, "ca", "ec", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, RSA, "ca", "rsa", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, WRONG_USAGE, "ca", "ec", "critical,keyEncipherment");
            token(scripts, dir, ROGUE, "rogue-ca", "ec", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, PIN_TESTS, "ca", "ec", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, PULL, "ca", "ec", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, RAW, "ca", "ec", "critical,digitalSignature,nonRepudiation");
            token(scripts, dir, BENCH, "ca", "ec", "critical,digitalSignature,nonRepudiation");
            return new SoftHsmFixture(dir, library, RawPkcs11.load(library));
        } catch (IOException | SigningException e) {
            throw new IllegalStateException("cannot set up the SoftHSM2 test tokens: " + e.getMessage(), e);
        }
    }

    private static void token(Path scripts, Path dir, String label, String ca, String key, String usage) throws IOException {
        run(List.of(scripts.resolve("create-token.sh").toString(), "--dir", dir.toString(), "--ca",
                dir.resolve(ca).toString(), "--label", label, "--pin", PIN, "--key", key, "--key-usage", usage,
                "--subject", "/C=RU/O=Test Bank/CN=" + label));
    }

    /** The PKCS#11 module. */
    public Path library() {
        return library;
    }

    /** Raw access to the module (shared with SunPKCS11 in this JVM). */
    public RawPkcs11 raw() {
        return raw;
    }

    /** A token config for the slot holding the token with this label. */
    public TokenConfig config(String label) {
        try {
            int index = raw.slotIndexOfLabel(label);
            if (index < 0) {
                throw new IllegalStateException("no SoftHSM2 token labelled " + label);
            }
            return new TokenConfig(library, index, label);
        } catch (RawPkcs11Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The slot id of a token. */
    public long slot(String label) {
        try {
            return raw.slots().get(config(label).slotListIndex());
        } catch (RawPkcs11Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Index of the blank (uninitialised) slot SoftHSM2 always offers. */
    public int blankSlotIndex() throws RawPkcs11Exception {
        List<Long> slots = raw.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (!raw.tokenPresent(slots.get(i))) {
                continue; // e.g. the token whose files the removal test deleted
            }
            try {
                if (!raw.tokenInfo(slots.get(i)).initialized()) {
                    return i;
                }
            } catch (RawPkcs11Exception e) {
                // not readable: not the blank slot
            }
        }
        throw new IllegalStateException("SoftHSM2 offers no blank slot");
    }

    /** The test CA certificate (trust anchor). */
    public X509Certificate ca() {
        return readCert(dir.resolve("ca/ca.pem"));
    }

    /** The CA directory (ca.pem, ca.key). */
    public Path caDir() {
        return dir.resolve("ca");
    }

    /** The officer certificate issued for a token. */
    public X509Certificate certificate(String label) {
        return readCert(dir.resolve("work").resolve(label).resolve("cert.pem"));
    }

    /** The SoftHSM2 directory holding one token's files (to "pull" the token). */
    public Path tokenDirectory(String label) throws IOException {
        byte[] needle = label.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> dirs = Files.list(dir.resolve("tokens"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                Path object = d.resolve("token.object");
                if (Files.isRegularFile(object) && contains(Files.readAllBytes(object), needle)) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("no token directory for " + label);
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (i + needle.length == hay.length || hay[i + needle.length] == ' ' || hay[i + needle.length] == 0) {
                return true;
            }
        }
        return false;
    }

    private static X509Certificate readCert(Path pem) {
        try {
            return Certificates.read(pem).get(0);
        } catch (IOException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("cannot read " + pem, e);
        }
    }

    /** Runs a command, failing with its output when it exits non-zero. */
    public static String run(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Whether a command is on the PATH. */
    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    /** Skips, or under CI=true fails, when a needed tool is absent. */
    public static void missing(boolean absent, String why) {
        if (!absent) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI must install it: scripts/test.sh)");
        }
        Assumptions.abort(why);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
