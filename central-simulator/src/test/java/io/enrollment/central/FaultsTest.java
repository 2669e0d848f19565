package io.enrollment.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.central.fault.Faults;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {
    @Test
    void parsesEveryOption() {
        Faults f = Faults.parse("latency=200ms,error-rate=0.3,drop-after=65536,slow-read=200000,receipt=wrong,"
                + "clock-skew=3600s,seed=7");
        assertEquals(Duration.ofMillis(200), f.latency());
        assertEquals(0.3, f.errorRate());
        assertEquals(65536, f.dropAfter());
        assertEquals(200000, f.slowRead());
        assertEquals(Faults.ReceiptFault.WRONG, f.receipt());
        assertEquals(Duration.ofHours(1), f.clockSkew());
        assertEquals(7, f.seed());
        assertEquals(Faults.ReceiptFault.UNSIGNED, Faults.parse("receipt=unsigned").receipt());
        assertEquals(Duration.ofMinutes(-5), Faults.parse("clock-skew=-5m").clockSkew());
        assertTrue(Faults.parse("").none());
        assertTrue(Faults.parse(null).none());
    }

    @Test
    void badInputNamesTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Faults.parse("jitter=3"))
                .getMessage().contains("unknown fault 'jitter'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Faults.parse("error-rate=2"))
                .getMessage().contains("error-rate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Faults.parse("latency=fast"))
                .getMessage().contains("latency"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Faults.parse("receipt=maybe"))
                .getMessage().contains("receipt"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Faults.parse("latency"))
                .getMessage().contains("key=value"));
    }
}
