package io.enrollment.devices.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real serial link: {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}, its two device paths, and a kill switch.
 * Also used by app's integration tests (this module's test jar).
 */
public final class PtyPair implements AutoCloseable {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");
    private final Process socat;
    /** One end (the scanner's side in the tests). */
    public final String device;
    /** The other end (the workstation's side). */
    public final String host;

    private PtyPair(Process socat, String device, String host) {
        this.socat = socat;
        this.device = device;
        this.host = host;
    }

    /** Starts socat; skips the test (with the reason) only when socat is not installed. */
    public static PtyPair start() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: socat is not installed (scripts/test.sh installs it): " + e.getMessage());
            throw e;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (paths.size() < 2 && System.nanoTime() < deadline) {
            String line = r.readLine();
            if (line == null) {
                break;
            }
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                paths.add(m.group(1));
            }
        }
        if (paths.size() < 2) {
            p.destroyForcibly();
            throw new IOException("socat did not report two ptys");
        }
        // keep draining socat's log so it never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                while (r.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // socat ended
            }
        }, "socat-log");
        drain.setDaemon(true);
        drain.start();
        return new PtyPair(p, paths.get(0), paths.get(1));
    }

    /** Pulls the plug: both ptys vanish. */
    public void kill() {
        socat.destroyForcibly();
        try {
            socat.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
