package io.enrollment.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.app.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A rejected capture's failing rules as the supervisor reads them, in the screen's language (R-QC-3). */
class RuleFailureTest {
    @Test
    void failureIsWordedInTheScreensLanguageWithTheFiguresThatDecided_R_QC_3() {
        RuleFailure occlusion = new RuleFailure("R-FACE-7", "occlusion", 0.14, "≤", 0.05, "fraction");
        assertEquals("R-FACE-7 лицо не закрыто 0.14 (доля) (≤ 0.05)", occlusion.describe(new Messages(Locale.forLanguageTag("ru"))));
        assertEquals("R-FACE-7 face uncovered 0.14 fraction (≤ 0.05)", occlusion.describe(new Messages(Locale.ENGLISH)));
    }

    @Test
    void aValueJustOverItsLimitDoesNotReadAsTheLimit() {
        // one decimal made 0.14 against 0.1 read "0.1 (≤ 0.1)", which looks like a pass
        RuleFailure f = new RuleFailure("R-FACE-7", "occlusion", 0.14, "≤", 0.1, "fraction");
        assertEquals("R-FACE-7 face uncovered 0.14 fraction (≤ 0.10)", f.describe(new Messages(Locale.ENGLISH)));
    }
}
