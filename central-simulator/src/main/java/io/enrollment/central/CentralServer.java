package io.enrollment.central;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.enrollment.central.fault.FaultInjector;
import io.enrollment.central.http.AdminHandler;
import io.enrollment.central.http.DirectHandler;
import io.enrollment.central.http.Guarded;
import io.enrollment.central.http.TsaHandler;
import io.enrollment.central.http.UploadHandler;
import io.enrollment.central.http.XRoadHandler;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.central.pki.TlsContexts;
import io.enrollment.central.receipt.ReceiptSigner;
import io.enrollment.central.store.CentralStore;
import io.enrollment.central.verify.PackageVerifier;
import io.enrollment.central.verify.VerifierFactory;
import io.enrollment.central.verify.Verifiers;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.tsp.TimestampAuthority;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The running simulator: an HTTPS server (TLS 1.3 only, client certificate required) on the configured
 * address, its PKI and its database. Start with {@link #start(CentralConfig)}, stop with {@link #close()}.
 */
public final class CentralServer implements AutoCloseable {
    /** The TSA policy put in every time-stamp token (an OID under the 2.999 "example" arc: test material). */
    public static final String TSA_POLICY = "2.999.7.1";

    private final HttpsServer server;
    private final ExecutorService executor;
    private final CentralStore store;
    private final SimulatorPki pki;
    private final Path dir;

    private CentralServer(HttpsServer server, ExecutorService executor, CentralStore store, SimulatorPki pki, Path dir) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.pki = pki;
        this.dir = dir;
    }

    /** Starts with the standard verifier ({@link Verifiers#standard()}). */
    public static CentralServer start(CentralConfig config) throws IOException, GeneralSecurityException, SQLException {
        return start(config, Verifiers.standard());
    }

    /**
     * Starts the simulator: loads or creates the PKI and the database, then listens.
     *
     * @throws IOException              if the port cannot be bound or the directory written
     * @throws GeneralSecurityException if the PKI cannot be loaded or made
     * @throws SQLException             if the database cannot be opened (e.g. another simulator uses this directory)
     */
    public static CentralServer start(CentralConfig config, VerifierFactory verifiers)
            throws IOException, GeneralSecurityException, SQLException {
        Path dir = config.dir().toAbsolutePath();
        SimulatorPki pki = SimulatorPki.loadOrCreate(dir.resolve("pki"));
        List<X509Certificate> anchors = new ArrayList<>();
        anchors.add(pki.ca().certificate());
        for (Path pem : config.officerTrust()) {
            anchors.addAll(Certificates.read(pem));
        }
        PackageVerifier verifier = verifiers.create(pki, List.copyOf(anchors));
        Files.createDirectories(dir.resolve("db"));
        CentralStore store = new CentralStore(dir.resolve("db"));
        try {
            FaultInjector faults = new FaultInjector(config.faults(), Clock.systemUTC());
            ReceiptSigner signer = new ReceiptSigner(pki.central().key(), config.faults().receipt());
            UploadHandler uploads = UploadHandler.create(store, verifier, signer, faults, config.centralName(),
                    dir.resolve("uploads"), config.keepPayloads() ? dir.resolve("received") : null,
                    config.maxUploadBytes());
            TimestampAuthority tsa = new TimestampAuthority(pki.tsa().key(), List.of(pki.tsa().chain()),
                    "SHA256withECDSA", new ASN1ObjectIdentifier(TSA_POLICY), Clock.systemUTC());

            HttpsServer server = HttpsServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 64);
            server.setHttpsConfigurator(configurator(TlsContexts.server(pki)));
            server.createContext("/v1/", new Guarded(new DirectHandler(uploads)));
            server.createContext("/r1/", new Guarded(new XRoadHandler(uploads)));
            server.createContext("/admin/", new Guarded(new AdminHandler(store)));
            server.createContext("/tsa", new Guarded(new TsaHandler(tsa)));
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "central-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.start();
            return new CentralServer(server, executor, store, pki, dir);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static HttpsConfigurator configurator(SSLContext ctx) {
        return new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setProtocols(new String[] {TlsContexts.PROTOCOL});
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        };
    }

    /** The port it listens on (the real one when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://ADDRESS:PORT} — the direct channel's {@code central.url}. */
    public URI uri() {
        return URI.create("https://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    public SimulatorPki pki() {
        return pki;
    }

    public Path dir() {
        return dir;
    }

    /** The database, for tests and the admin handler. */
    public CentralStore store() {
        return store;
    }

    /** Stops listening (in-flight requests are cut: clients resume them), then closes the database cleanly. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        store.close();
    }
}
