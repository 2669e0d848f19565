package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.central.pki.TlsContexts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /admin/stats} answers loopback clients only. */
class AdminLoopbackTest {
    @TempDir
    Path dir;

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** The status line of a GET over a raw TLS 1.3 socket with the workstation certificate. */
    private static String statusLine(CentralServer s, InetAddress to, String path) throws Exception {
        SimulatorPki.KeyEntry ws = SimulatorPki.read(s.pki().workstationP12());
        try (SSLSocket socket = (SSLSocket) TlsContexts.client(ws, s.pki().central().certificate()).getSocketFactory()
                .createSocket(to, s.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: central\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void statsAreRefusedToAClientOnAnotherAddress() throws Exception {
        Optional<InetAddress> other = nonLoopbackAddress();
        assumeTrue(other.isPresent(), "this machine has no non-loopback IPv4 address");
        try (CentralServer s = CentralServer.start(CentralConfig.of(dir, 0).withBindAddress("0.0.0.0"))) {
            assertTrue(statusLine(s, other.get(), "/admin/stats").startsWith("HTTP/1.1 403"));
            assertEquals("HTTP/1.1 200 OK", statusLine(s, InetAddress.getLoopbackAddress(), "/admin/stats"));
            assertTrue(statusLine(s, other.get(), "/v1/packages/" + java.util.UUID.randomUUID() + "/receipt")
                    .startsWith("HTTP/1.1 404"), "the protocol itself is served on every address");
        }
    }
}
