package io.enrollment.app.selfcheck;

import io.enrollment.core.Modality;
import io.enrollment.core.quality.Verdict;
import java.util.Map;
import java.util.Objects;

/**
 * One built-in reference sample of the quality-control engine self-test and the verdicts it must get.
 *
 * @param name      e.g. {@code face-pass}
 * @param modality  which checker takes it
 * @param data      the sample file's bytes
 * @param options   checker options (e.g. {@code dpi})
 * @param expected  verdict per check id (R-FACE-5 → FAIL …); checks not named are not compared
 */
public record ReferenceCase(String name, Modality modality, byte[] data, Map<String, String> options,
                            Map<String, Verdict> expected) {
    public ReferenceCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modality, "modality");
        data = data.clone();
        options = Map.copyOf(options);
        expected = Map.copyOf(expected);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("reference case " + name + " expects nothing: it could never fail");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
