package io.enrollment.queue.it;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.ClientTls;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.ProgressListener;
import io.enrollment.queue.transmit.Route;
import io.enrollment.queue.transmit.Transmitter;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A workstation's queue in its own process, for the kill -9 tests: seals and durably enqueues N deterministic
 * packages (skipping those already queued), printing {@code enqueued ID} after each enqueue returns, then drains
 * to the central system and prints {@code drained}.
 * Arguments: QUEUE_DIR CENTRAL_PKI_DIR OFFICER_DIR URL COUNT SEED
 */
public final class QueueDriver {
    private QueueDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path queueDir = Path.of(args[0]);
        Path pkiDir = Path.of(args[1]);
        Path officerDir = Path.of(args[2]);
        URI url = URI.create(args[3]);
        int count = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        X509Certificate central;
        try (InputStream in = Files.newInputStream(pkiDir.resolve("central.pem"))) {
            central = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkiDir.resolve("workstation.p12"))) {
            keys.load(in, "simulator".toCharArray());
        }
        SealedPackages packages = new SealedPackages(central, officerDir);
        try (QueueStore store = QueueStore.open(queueDir, Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            for (int i = 0; i < count; i++) {
                UUID id = SealedPackages.id(seed, i);
                if (store.get(id).isEmpty()) {
                    store.enqueue(id, ItemKind.PACKAGE, packages.sealed(id), "SUBJECT:" + i);
                }
                System.out.println("enqueued " + id);
                System.out.flush();
            }
            HttpsChannel channel = new HttpsChannel(ClientTls.create(keys, "simulator".toCharArray(), central),
                    Route.direct(url), Duration.ofSeconds(5), Duration.ofSeconds(20), 0);
            try (Transmitter t = new Transmitter(store, channel, new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), 0.2),
                    Clock.systemUTC(), QueueIncident.Listener.NONE, ProgressListener.NONE)) {
                if (t.drain(Duration.ofSeconds(120))) {
                    System.out.println("drained");
                } else {
                    System.out.println("not drained: " + t.connectivity().lastError());
                }
            }
        }
    }
}
