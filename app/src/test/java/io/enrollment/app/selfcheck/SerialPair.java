package io.enrollment.app.selfcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two connected pseudo-terminals from {@code socat}: a real serial link for the scanner emulator. */
final class SerialPair implements AutoCloseable {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");
    private final Process socat;
    final String workstationSide;
    final String scannerSide;

    private SerialPair(Process socat, String workstationSide, String scannerSide) {
        this.socat = socat;
        this.workstationSide = workstationSide;
        this.scannerSide = scannerSide;
    }

    /** Starts socat (scripts/test.sh installs it). */
    static SerialPair start() throws IOException {
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").redirectErrorStream(true).start();
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
            throw new IOException("socat did not report two pseudo-terminals");
        }
        Thread drain = new Thread(() -> {
            try {
                while (r.readLine() != null) {
                    // socat's log is not needed
                }
            } catch (IOException e) {
                // socat ended
            }
        }, "socat-log");
        drain.setDaemon(true);
        drain.start();
        return new SerialPair(p, paths.get(0), paths.get(1));
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroyForcibly();
        socat.waitFor(5, TimeUnit.SECONDS);
    }
}
