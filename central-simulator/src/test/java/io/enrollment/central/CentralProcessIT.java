package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as its own process ({@code java -cp … CentralMain}), killed and restarted. */
class CentralProcessIT {
    private static final Pattern LISTENING = Pattern.compile("central listening on (https://127\\.0\\.0\\.1:\\d+) dir (.+)");

    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    /** A started simulator and the URL it printed. */
    record Running(Process process, URI uri) {
    }

    private Running start(String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.enrollment.central.CentralMain",
                "--port", "0", "--dir", dir.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolveSibling(dir.getFileName() + "-stderr.log").toFile())
                .start();
        started.add(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null) {
            throw new IOException("the simulator printed nothing; exit " + waitFor(p));
        }
        Matcher m = LISTENING.matcher(line);
        assertTrue(m.matches(), "unexpected first line: " + line);
        assertEquals(dir.toAbsolutePath().toString(), m.group(2));
        return new Running(p, URI.create(m.group(1)));
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void killMinusNineLosesNothingAcknowledged() throws Exception {
        byte[] mib = CentralServerTest.payload(1 << 20, 1);
        String complete = "/v1/packages/" + UUID.randomUUID();
        String partial = "/v1/packages/" + UUID.randomUUID();
        Running first = start();
        TestClient c = new TestClient(first.uri(), dir.resolve("pki"));
        HttpResponse<byte[]> receipt = c.patch(complete, mib);
        assertEquals(200, receipt.statusCode());
        JsonNode r = TestClient.verifiedReceipt(receipt.body(), c.central);
        assertEquals("REJECTED", r.get("status").asText(), "the process runs the standard verifier");
        assertEquals(204, c.patch(partial, mib, 0, 400_000, Map.of()).statusCode());
        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Running second = start();
        TestClient c2 = new TestClient(second.uri(), dir.resolve("pki"));
        assertArrayEquals(receipt.body(), c2.get(complete + "/receipt").body(), "the same receipt after kill -9");
        assertEquals("400000", c2.head(partial).headers().firstValue("Upload-Offset").orElse(""));
        assertEquals(200, c2.patch(partial, mib, 400_000, mib.length, Map.of()).statusCode());
        assertEquals(200, c2.patch(complete, mib).statusCode());
        JsonNode stats = c2.stats();
        assertEquals(2, stats.get("packagesReceived").asLong());
        assertEquals(1, stats.get("duplicatesRefused").asLong());
    }

    @Test
    void sigtermClosesTheDatabaseSoTheNextStartOpensIt() throws Exception {
        Running first = start("--faults", "latency=10ms");
        first.process().destroy();
        assertTrue(first.process().waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        Running second = start();
        TestClient c = new TestClient(second.uri(), dir.resolve("pki"));
        assertEquals(200, c.get("/admin/stats").statusCode());
        assertTrue(Files.isRegularFile(dir.resolve("pki/central.pem")));
    }

    @Test
    void aSecondSimulatorOnTheSameDirectoryFailsWithAClearMessage() throws Exception {
        start();
        Path errLog = dir.resolveSibling("second-stderr.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.enrollment.central.CentralMain",
                "--port", "0", "--dir", dir.toString()).redirectError(errLog.toFile()).start();
        started.add(p);
        assertEquals(1, waitFor(p));
        assertTrue(Files.readString(errLog).contains("is another simulator using this directory?"),
                Files.readString(errLog));
    }
}
