package io.enrollment.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.queue.transmit.ClientTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference central system as its own process on 127.0.0.1, started as integrators start it, and its counts. */
final class SimulatorProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("central listening on (https://127\\.0\\.0\\.1:\\d+)");
    private final Process process;
    final URI url;
    final Path dir;

    private SimulatorProcess(Process process, URI url, Path dir) {
        this.process = process;
        this.url = url;
        this.dir = dir;
    }

    /** Starts {@code CentralMain --port 0 --dir DIR [--officer-trust PEM]} and waits for its listening line. */
    static SimulatorProcess start(Path dir, Path officerTrust) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.enrollment.central.CentralMain",
                "--port", "0", "--dir", dir.toString()));
        if (officerTrust != null) {
            cmd.addAll(List.of("--officer-trust", officerTrust.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so the simulator never blocks on its output
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return new SimulatorProcess(p, URI.create(m.group(1)), dir);
            }
        }
        p.destroyForcibly();
        throw new IOException("the simulator did not start:\n" + seen);
    }

    Path centralPem() {
        return dir.resolve("pki").resolve("central.pem");
    }

    Path workstationP12() {
        return dir.resolve("pki").resolve("workstation.p12");
    }

    /** {@code GET /admin/stats} over the same mutual TLS as the workstation (the simulator's workstation certificate). */
    JsonNode stats() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(workstationP12())) {
            keys.load(in, SimulatorPki.PASSWORD.toCharArray());
        }
        X509Certificate central;
        try (InputStream in = Files.newInputStream(centralPem())) {
            central = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        ClientTls tls = ClientTls.create(keys, SimulatorPki.PASSWORD.toCharArray(), central);
        HttpClient http = HttpClient.newBuilder().sslContext(tls.context()).sslParameters(ClientTls.parameters()).build();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url.resolve("/admin/stats")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("/admin/stats answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(r.body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the simulator closes its database cleanly
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
