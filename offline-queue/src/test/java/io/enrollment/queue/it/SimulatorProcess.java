package io.enrollment.queue.it;

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

/** The reference central system, run as its own process on 127.0.0.1, as integrators run it. */
final class SimulatorProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("central listening on (https://127\\.0\\.0\\.1:(\\d+))");
    private final Process process;
    final URI url;
    final int port;
    final Path dir;
    private HttpClient statsClient;

    private SimulatorProcess(Process process, URI url, int port, Path dir) {
        this.process = process;
        this.url = url;
        this.port = port;
        this.dir = dir;
    }

    static SimulatorProcess start(Path dir, int port, String faults, Path officerTrust) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        String jvmArgs = System.getProperty("simulator.jvmArgs", "").trim(); // e.g. a JFR recording for a benchmark
        if (!jvmArgs.isEmpty()) {
            cmd.addAll(List.of(jvmArgs.split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.enrollment.central.CentralMain",
                "--port", Integer.toString(port), "--dir", dir.toString(), "--officer-trust", officerTrust.toString()));
        if (faults != null) {
            cmd.add("--faults");
            cmd.add(faults);
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
                        // process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new SimulatorProcess(p, URI.create(m.group(1)), Integer.parseInt(m.group(2)), dir);
            }
        }
        p.destroyForcibly();
        throw new IOException("the simulator did not start:\n" + seen);
    }

    X509Certificate centralCertificate() throws Exception {
        try (InputStream in = Files.newInputStream(SimulatorPki.loadOrCreate(dir.resolve("pki")).centralPem())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    KeyStore workstationKeys() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SimulatorPki.loadOrCreate(dir.resolve("pki")).workstationP12())) {
            ks.load(in, SimulatorPki.PASSWORD.toCharArray());
        }
        return ks;
    }

    ClientTls tls() throws Exception {
        return ClientTls.create(workstationKeys(), SimulatorPki.PASSWORD.toCharArray(), centralCertificate());
    }

    JsonNode stats() throws Exception {
        if (statsClient == null) { // one client, one TLS handshake: a benchmark asks between its timed rounds
            statsClient = HttpClient.newBuilder().sslContext(tls().context()).sslParameters(ClientTls.parameters()).build();
        }
        HttpResponse<byte[]> r = statsClient.send(HttpRequest.newBuilder(url.resolve("/admin/stats")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("stats answered " + r.statusCode());
        }
        return new ObjectMapper().readTree(r.body());
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system) the simulator process has used so far, from /proc (Linux). */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** Starts a flight recording ("profile" settings) in the simulator, for a benchmark's profile of its steady state. */
    void startFlightRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    /** Writes the recording started by {@link #startFlightRecording()}. */
    void dumpFlightRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=bench", "filename=" + file.toAbsolutePath());
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid())));
        cmd.addAll(List.of(command));
        new ProcessBuilder(cmd).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
