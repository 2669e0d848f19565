package io.enrollment.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.central.pki.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** A workstation-like client for the tests: JDK HttpClient, TLS 1.3, client certificate, pinned central certificate. */
public final class TestClient {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String OFFSET_TYPE = "application/offset+octet-stream";

    final HttpClient http;
    final URI base;
    public final X509Certificate central;

    TestClient(URI base, SSLContext ctx, String protocol) {
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {protocol});
        this.http = HttpClient.newBuilder().sslContext(ctx).sslParameters(p).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.base = base;
        this.central = null;
    }

    TestClient(URI base, Path pkiDir) throws IOException, GeneralSecurityException {
        SimulatorPki.KeyEntry ws = SimulatorPki.read(pkiDir.resolve("workstation.p12"));
        this.central = SimulatorPki.read(pkiDir.resolve("central.p12")).certificate();
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {TlsContexts.PROTOCOL});
        this.http = HttpClient.newBuilder().sslContext(TlsContexts.client(ws, central)).sslParameters(p)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
        this.base = base;
    }

    public static TestClient of(CentralServer server) throws IOException, GeneralSecurityException {
        return new TestClient(server.uri(), server.pki().dir());
    }

    HttpResponse<byte[]> head(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** PATCH bytes [from, to) of {@code data}, declared as the whole of {@code data}. */
    HttpResponse<byte[]> patch(String path, byte[] data, int from, int to, Map<String, String> extra)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(data, from, to)))
                .header("Content-Type", OFFSET_TYPE)
                .header("Upload-Offset", Long.toString(from))
                .header("Upload-Length", Long.toString(data.length))
                .header("Package-SHA256", sha256(data));
        extra.forEach(b::header);
        return send(b);
    }

    public HttpResponse<byte[]> patch(String path, byte[] data) throws IOException, InterruptedException {
        return patch(path, data, 0, data.length, Map.of());
    }

    HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode stats() throws IOException, InterruptedException {
        return JSON.readTree(get("/admin/stats").body());
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The receipt JSON inside a receipt response, or throws if its signature does not verify with {@code cert}. */
    public static JsonNode verifiedReceipt(byte[] responseBody, X509Certificate cert) throws IOException, GeneralSecurityException {
        JsonNode wire = JSON.readTree(responseBody);
        byte[] receipt = Base64.getDecoder().decode(wire.get("receipt").asText());
        if (!"SHA256withECDSA".equals(wire.path("signatureAlgorithm").asText())) {
            throw new GeneralSecurityException("unexpected signatureAlgorithm " + wire.path("signatureAlgorithm"));
        }
        if (!wire.hasNonNull("signature")) {
            throw new GeneralSecurityException("receipt is not signed");
        }
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initVerify(cert.getPublicKey());
        s.update(receipt);
        if (!s.verify(Base64.getDecoder().decode(wire.get("signature").asText()))) {
            throw new GeneralSecurityException("receipt signature does not verify");
        }
        return JSON.readTree(receipt);
    }
}
