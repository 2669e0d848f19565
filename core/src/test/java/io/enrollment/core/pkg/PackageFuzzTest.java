package io.enrollment.core.pkg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated containers: whatever the damage, the reader answers with the package or with its own
 * error type, never another exception, never an out-of-memory.
 */
class PackageFuzzTest {
    private static final int CASES = 1500;

    @Test
    void mutatedContainersFailOnlyWithTheFormatsOwnError() {
        byte[][] seeds = {PackageWriter.toBytes(TestPackages.ru()), PackageWriter.toBytes(TestPackages.kg())};
        Random random = new Random(20261122);
        PackageReader reader = new PackageReader(new PackageLimits(16, 4 << 20, 8 << 20, 1 << 20));
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] mutated = mutate(seeds[i % 2].clone(), random);
            try {
                reader.read(mutated);
            } catch (PackageFormatException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("case " + i + ": " + e, e);
            }
        }
        // Most mutations must be caught (CRCs and hashes); a few may hit bytes no reader looks at.
        assertTrue(rejected > CASES * 0.9, "rejected only " + rejected + " of " + CASES);
    }

    private static byte[] mutate(byte[] data, Random r) {
        switch (r.nextInt(5)) {
            case 0 -> { // flip bits
                for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
                    data[r.nextInt(data.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return data;
            }
            case 1 -> { // overwrite a run with random bytes
                int at = r.nextInt(data.length);
                for (int k = at; k < Math.min(data.length, at + 1 + r.nextInt(64)); k++) {
                    data[k] = (byte) r.nextInt(256);
                }
                return data;
            }
            case 2 -> { // truncate
                return java.util.Arrays.copyOf(data, r.nextInt(data.length));
            }
            case 3 -> { // set a length-ish field to extremes (4 bytes)
                int at = r.nextInt(Math.max(1, data.length - 4));
                int v = r.nextBoolean() ? 0xFFFFFFFF : 0x7FFFFFFF;
                for (int k = 0; k < 4; k++) {
                    data[at + k] = (byte) (v >>> (8 * k));
                }
                return data;
            }
            default -> { // splice: duplicate a slice into another place
                int from = r.nextInt(data.length);
                int len = Math.min(data.length - from, 1 + r.nextInt(512));
                int to = r.nextInt(data.length);
                System.arraycopy(data, from, data, to, Math.min(len, data.length - to));
                return data;
            }
        }
    }
}
