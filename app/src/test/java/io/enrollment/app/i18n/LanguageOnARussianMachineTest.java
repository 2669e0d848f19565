package io.enrollment.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.app.selfcheck.SelfCheckScreen;
import io.enrollment.app.selfcheck.SelfCheckTexts;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's choice of language wins over the machine's: on a computer set to Russian (the clerks' machines),
 * English chosen in the GUI is English — {@link ResourceBundle} would otherwise fall back to the default locale's
 * Russian bundle, because there is no {@code messages_en}.
 */
class LanguageOnARussianMachineTest {
    private Locale before;

    @BeforeEach
    void russianMachine() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void rSelf1_englishChosenOnARussianMachineIsEnglishEverywhere() {
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals("Back", en.get("shell.back"));
        assertEquals("Назад", new Messages(Locale.forLanguageTag("ru")).get("shell.back"));
        // the screens the shell builds from the chosen language
        assertEquals("Back", ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, en.locale()).getString("selfcheck.back"));
        assertEquals("no self-check has been run on this workstation: run the self-check",
                new SelfCheckTexts(en.locale()).render(Finding.of(EnrollmentGate.NO_SELF_CHECK)));
    }
}
