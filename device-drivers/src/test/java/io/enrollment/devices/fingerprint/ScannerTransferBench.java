package io.enrollment.devices.fingerprint;

import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Figures for docs/benchmarks.md (not a test): UpImage transfer time of one 256×288 4-bit image (36 864 bytes in
 * 288 packets of 128 bytes) from the emulator to the driver over a socat pty pair, and a whole capture
 * (GenImg polls + transfer). Run: {@code mvn -pl device-drivers test-compile} then
 * {@code java -cp <test classpath> io.enrollment.devices.fingerprint.ScannerTransferBench [N]}.
 */
public final class ScannerTransferBench {
    private ScannerTransferBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (PtyPair pty = PtyPair.start();
             EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(1, true), EmulatorSettings.defaults());
             R30xScanner scanner = R30xScanner.open(pty.host, ScannerSettings.defaults())) {
            scanner.capture(Duration.ofSeconds(10), TransferListener.NONE);
            double[] transfer = new double[n];
            double[] capture = new double[n];
            for (int i = 0; i < n; i++) {
                long s = System.nanoTime();
                scanner.capture(Duration.ofSeconds(10), TransferListener.NONE);
                capture[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                scanner.uploadImage(TransferListener.NONE);
                transfer[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(transfer);
            Arrays.sort(capture);
            System.out.printf(Locale.ROOT, "UpImage over pty (36 864 B, 288 packets): median %.1f ms, max %.1f ms (n=%d)%n",
                    transfer[n / 2], transfer[n - 1], n);
            System.out.printf(Locale.ROOT, "capture (2 no-finger polls at 100 ms + GenImg + UpImage): median %.1f ms%n", capture[n / 2]);
            System.out.printf(Locale.ROOT, "a real UART at 57 600 baud (10 bits a byte) needs %.1f s for the same %d bytes%n",
                    (288 * (128 + 11)) * 10 / 57_600.0, 288 * (128 + 11));
        }
    }
}
