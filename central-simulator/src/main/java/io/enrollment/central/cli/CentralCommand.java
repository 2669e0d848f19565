package io.enrollment.central.cli;

import io.enrollment.central.CentralConfig;
import io.enrollment.central.CentralServer;
import io.enrollment.central.fault.Faults;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.core.cli.CliCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code workstation central [--port N] [--dir DIR] [--faults SPEC] [--officer-trust PEM]… [--bind ADDR]
 * [--keep-payloads]} runs the reference central system until the process is stopped, after printing exactly one
 * line {@code central listening on https://127.0.0.1:PORT dir DIR} on standard output.
 * {@code workstation central --dir DIR --issue-workstation NAME} issues a workstation client certificate and exits.
 */
public final class CentralCommand implements CliCommand {
    /** Default directory, relative to the working directory. */
    public static final String DEFAULT_DIR = "central-data";

    private final CountDownLatch stopped;

    public CentralCommand() {
        this(new CountDownLatch(1));
    }

    /** @param stop counted down to stop the server (in tests); otherwise only the JVM's shutdown stops it */
    CentralCommand(CountDownLatch stop) {
        this.stopped = stop;
    }

    @Override
    public String name() {
        return "central";
    }

    @Override
    public String summary() {
        return "run the reference central system (HTTPS mTLS, signed receipts, X-Road form, TSA, fault injection)";
    }

    @Override
    public String usage() {
        return "usage: workstation central [--port N] [--dir DIR] [--faults SPEC] [--officer-trust PEM]..."
                + " [--bind ADDR] [--keep-payloads]\n"
                + "       workstation central [--dir DIR] --issue-workstation NAME\n"
                + "  --port 0 picks a free port (default 8443); --dir defaults to ./" + DEFAULT_DIR + "\n"
                + "  faults: latency=200ms,error-rate=0.3,drop-after=65536,slow-read=200000,receipt=wrong|unsigned,"
                + "clock-skew=3600s,seed=1\n"
                + "  PKI (created on first start): DIR/pki/central.pem (pin it), DIR/pki/workstation.p12 (password '"
                + SimulatorPki.PASSWORD + "')\n"
                + "exit status: runs until stopped; 1 if it cannot start, 2 bad usage\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("central: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        try {
            if (o.issueWorkstation() != null) {
                Path p12 = SimulatorPki.loadOrCreate(o.config().dir().toAbsolutePath().resolve("pki"))
                        .issueWorkstation(o.issueWorkstation());
                out.println(p12);
                return OK;
            }
            CentralServer server = CentralServer.start(o.config());
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "central-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("central listening on " + server.uri() + " dir " + server.dir());
            out.flush();
            awaitStop();
            if (Runtime.getRuntime().removeShutdownHook(hook)) {
                server.close();
            }
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("central: " + e.getMessage());
            return USAGE;
        } catch (IOException | GeneralSecurityException e) {
            err.println("central: cannot start: " + e.getMessage());
            return FAILED;
        } catch (SQLException e) {
            err.println("central: cannot open the database in " + o.config().dir().toAbsolutePath().resolve("db")
                    + " (is another simulator using this directory?): " + e.getMessage());
            return FAILED;
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parsed command line. */
    record Options(CentralConfig config, String issueWorkstation) {
        static Options parse(List<String> args) {
            int port = 8443;
            Path dir = Path.of(DEFAULT_DIR);
            Faults faults = Faults.NONE;
            List<Path> trust = new ArrayList<>();
            String bind = "127.0.0.1";
            boolean keep = false;
            String issue = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--keep-payloads")) {
                    keep = true;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unexpected '" + a + "'");
                }
                String v = args.get(++i);
                switch (a) {
                    case "--port":
                        try {
                            port = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port must be a number, got '" + v + "'", e);
                        }
                        break;
                    case "--dir":
                        dir = Path.of(v);
                        break;
                    case "--faults":
                        faults = Faults.parse(v);
                        break;
                    case "--officer-trust":
                        trust.add(Path.of(v));
                        break;
                    case "--bind":
                        bind = v;
                        break;
                    case "--issue-workstation":
                        issue = v;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            CentralConfig c = CentralConfig.of(dir, port).withFaults(faults).withOfficerTrust(trust)
                    .withKeepPayloads(keep).withBindAddress(bind);
            return new Options(c, issue);
        }
    }
}
