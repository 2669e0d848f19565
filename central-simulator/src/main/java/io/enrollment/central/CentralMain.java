package io.enrollment.central;

import io.enrollment.central.cli.CentralCommand;
import java.util.List;

/**
 * Runs {@code central} as its own process:
 * {@code java -cp CLASSPATH io.enrollment.central.CentralMain --port 0 --dir DIR [--faults SPEC]}.
 */
public final class CentralMain {
    private CentralMain() {
    }

    public static void main(String[] args) {
        int status = new CentralCommand().run(List.of(args), System.out, System.err);
        System.exit(status);
    }
}
