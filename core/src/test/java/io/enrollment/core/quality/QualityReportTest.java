package io.enrollment.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.core.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportTest {
    private static final CheckResult YAW_OK = CheckResult.measured("R-FACE-2", "yaw", 3.1, Comparison.AT_MOST, 5, "deg", "turn");
    private static final CheckResult IED_LOW = CheckResult.measured("R-FACE-5", "inter-eye distance", 98, Comparison.AT_LEAST, 120, "px", "move closer");
    private static final CheckResult CONTENT = CheckResult.notVerified("R-VOICE-8", "prompt spoken", Comparison.EQUAL, 1, "bool", "listen and confirm");

    @Test
    void verdictFollowsTheNumbers() {
        assertEquals(Verdict.PASS, YAW_OK.verdict());
        assertEquals(Verdict.FAIL, IED_LOW.verdict());
        assertEquals("move closer", IED_LOW.guidance());
        assertEquals("", YAW_OK.guidance());
    }

    @Test
    void overallVerdictIsDerived() {
        assertEquals(Verdict.PASS, new QualityReport(Modality.FACE, "ru", List.of(YAW_OK)).verdict());
        assertEquals(Verdict.FAIL, new QualityReport(Modality.FACE, "ru", List.of(YAW_OK, IED_LOW)).verdict());
        assertEquals(Verdict.NOT_VERIFIED, new QualityReport(Modality.VOICE, "ru", List.of(CONTENT)).verdict());
        assertEquals("move closer", new QualityReport(Modality.FACE, "ru", List.of(YAW_OK, IED_LOW)).guidance());
    }

    @Test
    void aPassThatContradictsItsNumbersCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> new CheckResult("R-FACE-2", "yaw", 9, Comparison.AT_MOST, 5, "deg", Verdict.PASS, "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new CheckResult("R-FACE-2", "yaw", Double.NaN, Comparison.AT_MOST, 5, "deg", Verdict.PASS, "", ""));
    }

    @Test
    void emptyReportProvesNothing() {
        assertThrows(IllegalArgumentException.class, () -> new QualityReport(Modality.FACE, "ru", List.of()));
    }

    @Test
    void jsonRoundTripKeepsEveryField() {
        QualityReport r = new QualityReport(Modality.VOICE, "ru", List.of(YAW_OK, IED_LOW, CONTENT));
        assertEquals(r, QualityReportJson.parseReport(QualityReportJson.report(r)));
        assertEquals("R-FACE-2", QualityReportJson.check(YAW_OK).get("id").asText());
        assertEquals(5.0, QualityReportJson.check(YAW_OK).get("threshold").asDouble());
        assertEquals(true, QualityReportJson.check(CONTENT).get("measured").isNull());
    }
}
