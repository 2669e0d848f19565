package io.enrollment.app.headless;

import io.enrollment.central.CentralConfig;
import io.enrollment.central.CentralServer;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.central.store.Stats;
import io.enrollment.queue.transmit.CentralChannel;
import io.enrollment.queue.transmit.ClientTls;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The demo's own central system: the reference simulator started in this process on a free loopback port, in
 * the demo's data folder (the same one the GUI demo uses), trusting the demo cards' CA for officers' signatures;
 * the workstation talks to it over mutual TLS with the simulator's workstation certificate.
 */
final class OwnSimulator implements CentralTarget {
    private final CentralServer server;
    private final HttpsChannel channel;

    private OwnSimulator(CentralServer server, HttpsChannel channel) {
        this.server = server;
        this.channel = channel;
    }

    /**
     * @param dir        the simulator's directory (PKI, database), created on the first start
     * @param officerCa  the demo officers' CA (PEM)
     */
    static OwnSimulator start(Path dir, Path officerCa) throws IOException, GeneralSecurityException, SQLException {
        CentralServer server = CentralServer.start(CentralConfig.of(dir, 0).withOfficerTrust(List.of(officerCa)));
        try {
            Path pki = server.dir().resolve("pki");
            char[] password = SimulatorPki.PASSWORD.toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(pki.resolve("workstation.p12"))) {
                keys.load(in, password);
            }
            X509Certificate central;
            try (InputStream in = Files.newInputStream(pki.resolve("central.pem"))) {
                central = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            HttpsChannel channel = new HttpsChannel(ClientTls.create(keys, password, central), Route.direct(server.uri()),
                    Duration.ofSeconds(10), Duration.ofSeconds(120), 0);
            return new OwnSimulator(server, channel);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public CentralChannel channel() {
        return channel;
    }

    @Override
    public Path centralCertificate() {
        return server.dir().resolve("pki").resolve("central.pem");
    }

    @Override
    public String description() {
        return "the demo's central simulator at " + server.uri() + " (" + server.dir() + ")";
    }

    @Override
    public Optional<String> counts() {
        try {
            Stats s = server.store().stats();
            return Optional.of(String.format("packages received %d (accepted %d, rejected %s), duplicates refused %d, "
                    + "conflicts %d, events %s", s.packagesReceived(), s.packagesAccepted(), s.rejected(), s.duplicatesRefused(),
                    s.conflicts(), s.events()));
        } catch (SQLException e) {
            return Optional.of("counts unavailable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
