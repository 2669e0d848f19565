package io.enrollment.queue.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.ProgressListener;
import io.enrollment.queue.transmit.Route;
import io.enrollment.queue.transmit.Transmitter;
import io.enrollment.queue.transmit.XRoadRoute;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue against the real simulator process over mutual TLS 1.3 on 127.0.0.1, with real signed and sealed
 * packages: delivery and erasure, the X-Road form, every fault mode, and a long outage.
 */
class TransmissionIT {
    @TempDir
    static Path shared;
    private static Path centralDir;
    private static SealedPackages packages;
    private static Path officerTrust;
    @TempDir
    Path dir;
    private final List<QueueIncident> incidents = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void pki() throws Exception {
        centralDir = shared.resolve("central");
        // The first start creates the simulator's PKI; the packages are sealed to its certificate.
        try (SimulatorProcess s = SimulatorProcess.start(centralDir, 0, null, writeEmptyTrust())) {
            packages = new SealedPackages(s.centralCertificate());
        }
        officerTrust = packages.writeTrust(shared.resolve("officers.pem"));
    }

    private static Path writeEmptyTrust() throws Exception {
        // A placeholder anchor until the officers' CA exists: a CA nobody signs with.
        Path p = shared.resolve("bootstrap.pem");
        io.enrollment.signing.demo.DemoPki ca = io.enrollment.signing.demo.DemoPki.create("bootstrap",
                io.enrollment.signing.demo.KeyType.EC_P256, Clock.systemUTC());
        io.enrollment.signing.demo.DemoPki.writePem(List.of(ca.caCertificate()), p);
        return p;
    }

    private Transmitter transmitter(QueueStore store, SimulatorProcess sim, Route route) throws Exception {
        HttpsChannel channel = new HttpsChannel(sim.tls(), route, Duration.ofSeconds(5), Duration.ofSeconds(20), 0);
        return new Transmitter(store, channel, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.2),
                Clock.systemUTC(), incidents::add, ProgressListener.NONE);
    }

    private List<UUID> enqueue(QueueStore store, int n, long seed) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = SealedPackages.id(seed, i);
            store.enqueue(id, ItemKind.PACKAGE, packages.sealed(id), "PASSPORT_RU:" + seed + i);
            ids.add(id);
        }
        return ids;
    }

    @Test
    void packagesAreDeliveredAcceptedAndErased() throws Exception {
        try (SimulatorProcess sim = SimulatorProcess.start(centralDir, 0, null, officerTrust);
             QueueStore store = QueueStore.open(dir, Clock.systemUTC(), incidents::add)) {
            long before = sim.stats().path("packagesAccepted").asLong();
            List<UUID> ids = enqueue(store, 3, 1);
            assertTrue(transmitter(store, sim, Route.direct(sim.url)).drain(Duration.ofSeconds(60)));
            for (UUID id : ids) {
                assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state(), store.get(id).orElseThrow().lastError());
            }
            assertEquals(before + 3, sim.stats().path("packagesAccepted").asLong(), sim.stats().toString());
            assertTrue(incidents.isEmpty(), incidents.toString());
        }
    }

    @Test
    void xRoadFormDeliversToo() throws Exception {
        try (SimulatorProcess sim = SimulatorProcess.start(centralDir, 0, null, officerTrust);
             QueueStore store = QueueStore.open(dir, Clock.systemUTC(), incidents::add)) {
            List<UUID> ids = enqueue(store, 1, 2);
            Route xroad = new XRoadRoute(sim.url, "KG/GOV/70000001/ebs/enrollment", "KG/GOV/70000002/ws-field-7", "officer-1");
            assertTrue(transmitter(store, sim, xroad).drain(Duration.ofSeconds(60)));
            assertEquals(ItemState.DELIVERED, store.get(ids.get(0)).orElseThrow().state(), store.get(ids.get(0)).orElseThrow().lastError());
        }
    }

    @Test
    void transientFaultsAreRiddenOut() throws Exception {
        String[] faults = {"latency=300ms", "error-rate=0.5", "drop-after=20000", "slow-read=200000", "clock-skew=3600s"};
        long seed = 10;
        for (String fault : faults) {
            try (SimulatorProcess sim = SimulatorProcess.start(centralDir, 0, fault, officerTrust);
                 QueueStore store = QueueStore.open(dir.resolve(fault.replaceAll("\\W", "_")), Clock.systemUTC(), incidents::add)) {
                List<UUID> ids = enqueue(store, 2, seed++);
                assertTrue(transmitter(store, sim, Route.direct(sim.url)).drain(Duration.ofSeconds(90)), fault + ": not drained");
                for (UUID id : ids) {
                    assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state(), fault + ": " + store.get(id).orElseThrow().lastError());
                }
            }
        }
    }

    @Test
    void wrongOrUnsignedReceiptsNeverMarkDelivered() throws Exception {
        long seed = 20;
        for (String fault : new String[] {"receipt=wrong", "receipt=unsigned"}) {
            incidents.clear();
            try (SimulatorProcess sim = SimulatorProcess.start(centralDir, 0, fault, officerTrust);
                 QueueStore store = QueueStore.open(dir.resolve(fault.replace('=', '_')), Clock.systemUTC(), incidents::add)) {
                List<UUID> ids = enqueue(store, 1, seed++);
                assertFalse(transmitter(store, sim, Route.direct(sim.url)).drain(Duration.ofSeconds(3)), fault);
                assertTrue(store.get(ids.get(0)).orElseThrow().state().isPending(), fault);
                assertTrue(incidents.stream().anyMatch(i -> i.type() == QueueIncident.Type.RECEIPT_INVALID), fault + ": " + incidents);
            }
        }
    }

    @Test
    void queueDrainsWhenTheCentralSystemComesBackAfterAnOutage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (QueueStore store = QueueStore.open(dir, Clock.systemUTC(), incidents::add)) {
            List<UUID> ids = enqueue(store, 3, 30);
            SimulatorProcess first = SimulatorProcess.start(centralDir, port, null, officerTrust);
            Transmitter t = transmitter(store, first, Route.direct(first.url));
            first.kill();
            assertFalse(t.drain(Duration.ofSeconds(2)), "nothing can be sent while the central system is down");
            assertEquals("OFFLINE", t.connectivity().state().name());
            try (SimulatorProcess back = SimulatorProcess.start(centralDir, port, null, officerTrust)) {
                assertTrue(t.drain(Duration.ofSeconds(60)));
                for (UUID id : ids) {
                    assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state(), store.get(id).orElseThrow().lastError());
                }
                JsonNode stats = back.stats();
                assertTrue(stats.path("packagesAccepted").asLong() >= 3, stats.toString());
            }
        }
    }
}
