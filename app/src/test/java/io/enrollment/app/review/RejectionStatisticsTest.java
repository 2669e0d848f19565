package io.enrollment.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.core.Modality;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-QC-3: rejections counted by rule (once per capture), by operator and by local day; CSV quoting. */
class RejectionStatisticsTest {
    private static RejectedCapture r(String at, String operator, String... rules) {
        return new RejectedCapture(UUID.randomUUID(), Instant.parse(at), operator, "1a", Modality.FACE,
                java.util.Arrays.stream(rules).map(id -> new RuleFailure(id, "x", 1, "≤", 0, "deg")).toList(),
                "image/jpeg", null, null, null);
    }

    @Test
    void rQc3CountsAndCsv() {
        RejectionStatistics s = new RejectionStatistics(List.of(
                r("2026-11-20T22:30:00Z", "CN=Anna Ivanova,O=Bank, Moscow", "R-FACE-3", "R-FACE-3", "R-FACE-7"),
                r("2026-11-21T08:00:00Z", "CN=Anna Ivanova,O=Bank, Moscow", "R-FACE-3"),
                r("2026-11-21T09:00:00Z", "O=Bank, \"Oleg\"", "R-VOICE-1")), ZoneId.of("Europe/Moscow"));
        assertEquals(2, s.byRule().get("R-FACE-3"));
        assertEquals(2, s.byOperator().get("Anna Ivanova"));
        // 22:30 UTC on the 20th is already the 21st in Moscow.
        assertEquals(3, s.byDay().get(java.time.LocalDate.of(2026, 11, 21)));
        assertEquals("dimension,key,rejections\n"
                + "rule,R-FACE-3,2\nrule,R-FACE-7,1\nrule,R-VOICE-1,1\n"
                + "operator,Anna Ivanova,2\noperator,\"O=Bank, \"\"Oleg\"\"\",1\n"
                + "day,2026-11-21,3\n", s.toCsv());
    }
}
