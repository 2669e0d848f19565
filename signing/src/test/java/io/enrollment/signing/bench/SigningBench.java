package io.enrollment.signing.bench;

import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.Pkcs11Token;
import io.enrollment.signing.token.RawPkcs11Token;
import io.enrollment.signing.token.RolePolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark: CAdES-BES sign + AuthEnvelopedData (AES-256-GCM to an RSA-3072 central-system
 * certificate) of a 1 MiB package, through the SoftHSM2 EC token (SunPKCS11 and raw PKCS#11) and
 * with software ECDSA / GOST keys; plus login and verification costs. Prints a Markdown table with
 * wall-clock and this thread's CPU time (the CPU column stays meaningful when other builds load the
 * machine; SoftHSM2 runs in-process, so token work is counted too).
 *
 * <p>Run (after {@code mvn -pl signing test-compile}):
 * <pre>
 * cd signing &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * SOFTHSM2_CONF=$PWD/target/softhsm/softhsm2.conf java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   -Dsigning.softhsm.dir=$PWD/target/softhsm -Dsigning.scripts.dir=$PWD/../scripts/token \
 *   io.enrollment.signing.bench.SigningBench [iterations]
 * </pre>
 */
public final class SigningBench {
    private SigningBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        byte[] pkg = new byte[1 << 20];
        new Random(42).nextBytes(pkg);
        DemoPki.Issued central = TestPki.ca().issueRecipient("Central Biometric System", KeyType.RSA_3072);
        CadesSigner signer = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty());
        PackageSealer sealer = new PackageSealer(signer, new EnvelopeSealer(), List.of(central.certificate()));

        SoftHsmFixture hsm = SoftHsmFixture.get();
        CertificateValidator trust = new CertificateValidator(List.of(hsm.ca()));
        LoginGuard guard = LoginGuard.standard(new RecordingListener(), Clock.systemUTC());
        System.out.printf(Locale.ROOT, "%d iterations after %d warm-up, 1 MiB package, %s, %d cores%n%n", n, n / 5,
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| operation | wall median ms | wall p90 ms | CPU median ms |");
        System.out.println("|---|---:|---:|---:|");

        Pkcs11Token token = new Pkcs11Token(hsm.config(SoftHsmFixture.BENCH), trust, RolePolicy.operatorsOnly(), guard);
        row("SoftHSM2 token login (SunPKCS11 configure + C_Login + key store)", Math.max(5, n / 5), () -> token.login(
                new FixedPin(SoftHsmFixture.PIN)).close());
        try (OfficerSession s = token.login(new FixedPin(SoftHsmFixture.PIN))) {
            row("EC token (SunPKCS11): CAdES sign only", n, () -> signer.sign(s, pkg, Packaging.ENCAPSULATED));
            row("**EC token (SunPKCS11): sign + envelope**", n, () -> sealer.seal(s, pkg));
        }
        RawPkcs11Token raw = new RawPkcs11Token(hsm.config(SoftHsmFixture.BENCH), trust, RolePolicy.operatorsOnly(), guard);
        try (OfficerSession s = raw.login(new FixedPin(SoftHsmFixture.PIN))) {
            row("EC token (raw PKCS#11 CKM_ECDSA): sign + envelope", n, () -> sealer.seal(s, pkg));
        }
        for (KeyType type : List.of(KeyType.EC_P256, KeyType.GOST_2012_256, KeyType.GOST_2012_512)) {
            OfficerSession s = TestPki.session(type);
            row("software " + type + ": CAdES sign only", n, () -> signer.sign(s, pkg, Packaging.ENCAPSULATED));
            row("software " + type + ": sign + envelope", n, () -> sealer.seal(s, pkg));
        }
        row("envelope only (AES-256-GCM, RSA-OAEP 3072)", n, () -> new EnvelopeSealer().seal(pkg, List.of(central.certificate())));
        CadesVerifier verifier = new CadesVerifier(new CertificateValidator(List.of(TestPki.ca().caCertificate())));
        byte[] ec = signer.sign(TestPki.session(KeyType.EC_P256), pkg, Packaging.ENCAPSULATED).encoded();
        byte[] gost = signer.sign(TestPki.session(KeyType.GOST_2012_256), pkg, Packaging.ENCAPSULATED).encoded();
        row("verify ECDSA CAdES (chain + validity)", n, () -> verifier.verify(ec));
        row("verify GOST-256 CAdES (chain + validity)", n, () -> verifier.verify(gost));
    }

    @FunctionalInterface
    private interface Op {
        void run() throws SigningException;
    }

    private static void row(String name, int n, Op op) throws SigningException {
        for (int i = 0; i < Math.max(2, n / 5); i++) {
            op.run();
        }
        double[] ms = new double[n];
        double[] cpu = new double[n];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            op.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name, ms[n / 2], ms[(int) Math.floor(n * 0.9)],
                cpu[n / 2]);
    }
}
