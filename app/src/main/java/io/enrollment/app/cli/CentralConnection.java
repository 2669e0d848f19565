package io.enrollment.app.cli;

import io.enrollment.installer.Transmission;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.transmit.ClientTls;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.Route;
import io.enrollment.queue.transmit.XRoadRoute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** Builds the channel to the central system from the configuration (TLS material, route, bandwidth cap). */
final class CentralConnection {
    private CentralConnection() {
    }

    static HttpsChannel channel(WorkstationConfig config, String officer) throws IOException, GeneralSecurityException {
        Transmission t = config.transmission();
        if (!t.configured()) {
            throw new IOException("transmission is not configured: set central.certificate, tls.keystore and "
                    + "tls.keystore.password-file (docs/configuration.md)");
        }
        char[] password = Files.readString(t.clientPasswordFile(), StandardCharsets.UTF_8).strip().toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(t.clientKeystore())) {
            keys.load(in, password);
        }
        X509Certificate central;
        try (InputStream in = Files.newInputStream(t.centralCertificate())) {
            central = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Route route = "xroad".equals(config.channel())
                ? new XRoadRoute(config.centralUrl(), t.xroadService(), t.xroadClient(), officer)
                : Route.direct(config.centralUrl());
        return new HttpsChannel(ClientTls.create(keys, password, central), route, Duration.ofSeconds(10),
                Duration.ofSeconds(120), t.bandwidthBytesPerSecond());
    }
}
