package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.cli.ScannerCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-alone entry point of the scanner emulator: {@code java … ScannerEmulatorMain --port PATH [--images DIR]
 * [--fault MODE[:COUNT]] [--seed N] [--same-finger]} — the same as {@code workstation scanner emulate}.
 */
public final class ScannerEmulatorMain {
    private ScannerEmulatorMain() {
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>();
        all.add("emulate");
        all.addAll(List.of(args));
        System.exit(new ScannerCommand().run(all, System.out, System.err));
    }
}
