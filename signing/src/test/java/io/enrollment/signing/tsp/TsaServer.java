package io.enrollment.signing.tsp;

import com.sun.net.httpserver.HttpServer;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.demo.DemoPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** The TSA responder served by the JDK's HTTP server on 127.0.0.1 (as the central simulator will). */
public final class TsaServer implements AutoCloseable {
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private final HttpServer server;
    private final DemoPki.Issued tsa;
    /** 0 = answer properly, otherwise answer with this HTTP status. */
    public final AtomicInteger failWith = new AtomicInteger();
    /** When set, answer 200 with garbage. */
    public volatile boolean garbage;

    public TsaServer() throws IOException, GeneralSecurityException {
        tsa = TestPki.ca().issueTsa("Test TSA");
        TimestampAuthority authority = new TimestampAuthority(tsa.privateKey(), tsa.chain(), "SHA256withECDSA", POLICY,
                TestPki.CLOCK);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            int status = failWith.get();
            byte[] body = status != 0 ? new byte[0] : garbage ? new byte[] {0x30, 0x03, 0x02, 0x01, 0x07}
                    : authority.respond(request);
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(status != 0 ? status : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    public DemoPki.Issued tsa() {
        return tsa;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
