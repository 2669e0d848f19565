package io.enrollment.app.shell;

import io.enrollment.app.demo.DemoCards;
import io.enrollment.central.CentralConfig;
import io.enrollment.central.CentralServer;
import io.enrollment.installer.Transmission;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.ClientTls;
import io.enrollment.queue.transmit.Connectivity;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.Route;
import io.enrollment.queue.transmit.Transmitter;
import io.enrollment.queue.transmit.XRoadRoute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way to the central system: the offline queue's {@link Transmitter} over mutual TLS with the pinned
 * central certificate, sending in the background, with the upload progress of each item for the queue screen.
 * A demo starts the central simulator on a free loopback port (trusting the demo cards' CA) and talks to it.
 */
public final class CentralLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralLink.class);
    private static final char[] SIMULATOR_PASSWORD = "simulator".toCharArray();
    private final Transmitter transmitter;
    private final Optional<CentralServer> simulator;
    private final Path centralCertificate;
    private final Map<UUID, Double> progress = new ConcurrentHashMap<>();

    private CentralLink(Transmitter transmitter, Optional<CentralServer> simulator, Path centralCertificate) {
        this.transmitter = transmitter;
        this.simulator = simulator;
        this.centralCertificate = centralCertificate;
    }

    /** The demo's simulator, started in {@code dir}, and the link to it. */
    static CentralSimulatorStart startSimulator(Path dir, DemoCards cards) throws IOException, GeneralSecurityException, SQLException {
        CentralServer server = CentralServer.start(CentralConfig.of(dir, 0).withOfficerTrust(List.of(cards.caFile())));
        LOG.info("demo central simulator listening on {}", server.uri());
        return new CentralSimulatorStart(server, server.dir().resolve("pki").resolve("central.pem"));
    }

    /** A started simulator and the certificate packages are sealed to. */
    record CentralSimulatorStart(CentralServer server, Path centralPem) {
    }

    /** Links a demo workstation's queue to its simulator, and starts sending. */
    static CentralLink demo(CentralSimulatorStart sim, QueueStore queue, Clock clock, QueueIncident.Listener incidents)
            throws IOException, GeneralSecurityException {
        Path pki = sim.server().dir().resolve("pki");
        return start(queue, clock, pki.resolve("workstation.p12"), SIMULATOR_PASSWORD, sim.centralPem(),
                Route.direct(sim.server().uri()), 0, Optional.of(sim.server()), incidents);
    }

    /**
     * Links a real workstation when its transmission is configured (direct or X-Road channel), else empty.
     */
    static Optional<CentralLink> configured(WorkstationConfig config, QueueStore queue, Clock clock)
            throws IOException, GeneralSecurityException {
        return configured(config, queue, clock, incident -> LOG.warn("queue incident: {}", incident));
    }

    /** As {@link #configured(WorkstationConfig, QueueStore, Clock)}, the transmitter's incidents going to {@code incidents}. */
    static Optional<CentralLink> configured(WorkstationConfig config, QueueStore queue, Clock clock,
                                            QueueIncident.Listener incidents) throws IOException, GeneralSecurityException {
        Transmission t = config.transmission();
        if (!t.configured()) {
            LOG.warn("no transmission to the central system: central.certificate, tls.keystore and "
                    + "tls.keystore.password-file are not configured");
            return Optional.empty();
        }
        char[] password = Files.readString(t.clientPasswordFile(), StandardCharsets.UTF_8).strip().toCharArray();
        return Optional.of(start(queue, clock, t.clientKeystore(), password, t.centralCertificate(),
                route(config), t.bandwidthBytesPerSecond(), Optional.empty(), incidents));
    }

    /**
     * The configured channel. The GUI sends in the background whoever is logged in, so over X-Road the
     * user id is the workstation (each package names its officer inside its signature).
     */
    static Route route(WorkstationConfig config) {
        Transmission t = config.transmission();
        return "xroad".equals(config.channel())
                ? new XRoadRoute(config.centralUrl(), t.xroadService(), t.xroadClient(), "workstation:" + config.workstationId())
                : Route.direct(config.centralUrl());
    }

    private static CentralLink start(QueueStore queue, Clock clock, Path keystore, char[] password, Path centralPem, Route route,
                                     long bytesPerSecond, Optional<CentralServer> simulator, QueueIncident.Listener incidents)
            throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password);
        }
        X509Certificate central = DemoCards.certificates(centralPem).get(0);
        HttpsChannel channel = new HttpsChannel(ClientTls.create(keys, password, central), route, Duration.ofSeconds(10),
                Duration.ofSeconds(120), bytesPerSecond);
        CentralLink[] self = new CentralLink[1];
        Transmitter transmitter = new Transmitter(queue, channel, Backoff.standard(), clock,
                incidents,
                (id, sent, total, rate) -> self[0].progress.put(id, total <= 0 ? 0 : (double) sent / total));
        self[0] = new CentralLink(transmitter, simulator, centralPem);
        transmitter.start();
        return self[0];
    }

    /** Upload progress of an item in flight, 0..1, if it is being sent. */
    public Optional<Double> progress(UUID id) {
        return Optional.ofNullable(progress.get(id));
    }

    /** The demo's central simulator, when this link talks to one. */
    public Optional<CentralServer> simulator() {
        return simulator;
    }

    public Connectivity connectivity() {
        return transmitter.connectivity();
    }

    /** Something was queued or put back in line: send now. */
    public void wake() {
        transmitter.wake();
    }

    /** The certificate packages are sealed to. */
    public Path centralCertificate() {
        return centralCertificate;
    }

    @Override
    public void close() {
        transmitter.close();
        simulator.ifPresent(CentralServer::close);
    }
}
