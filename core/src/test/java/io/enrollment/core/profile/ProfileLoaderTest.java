package io.enrollment.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Modality;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileLoaderTest {

    @Test
    void ruProfileCarriesTheThresholdsOfItems11And12() {
        Profile ru = ProfileLoader.builtIn("ru");
        assertEquals(Set.of(Modality.FACE, Modality.VOICE), ru.requiredModalities()); // R-GEN-4
        assertEquals(5.0, ru.threshold("face.yaw.max"));    // R-FACE-2
        assertEquals(5.0, ru.threshold("face.pitch.max"));  // R-FACE-3
        assertEquals(8.0, ru.threshold("face.roll.max"));   // R-FACE-4
        assertEquals(120.0, ru.threshold("face.ied.min"));  // R-FACE-5
        assertEquals(45.0, ru.threshold("face.ied.remote.min"));
        assertEquals(15.0, ru.threshold("voice.snr.min"));  // R-VOICE-1
        assertEquals(16.0, ru.threshold("voice.bits.min")); // R-VOICE-2
        assertEquals(16000.0, ru.threshold("voice.rate.min")); // R-VOICE-3
        assertEquals(1.0, ru.threshold("voice.channels"));  // R-VOICE-5
        assertEquals(5, ru.retentionYears());               // R-STORE-2
    }

    @Test
    void kgProfileCollectsFaceWithLivenessAndFingerprints() {
        Profile kg = ProfileLoader.builtIn("kg");
        assertEquals(Set.of(Modality.FACE, Modality.FINGERPRINT), kg.requiredModalities());
        assertEquals("true", kg.setting("face.liveness", "false")); // R-FACE-15
        assertEquals(500.0, kg.threshold("finger.dpi"));
    }

    @Test
    void missingThresholdIsAnErrorNotADefault() {
        Profile kg = ProfileLoader.builtIn("kg");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> kg.threshold("voice.snr.min"));
        assertTrue(e.getMessage().contains("kg defines no threshold 'voice.snr.min'"));
    }

    @Test
    void everyProblemOfABrokenProfileIsNamed() {
        String text = "id=xx\nname=Broken\nmodalities=face,iris\nretention.years=9\n"
                + "threshold.face.yaw.max=five\nfoo=bar\n";
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.parse(new StringReader(text)));
        for (String expected : new String[] {"consent.version: missing", "unknown modality 'iris'",
                "retention.years: must be 1-5", "threshold.face.yaw.max: not a number", "foo: unknown key"}) {
            assertTrue(e.getMessage().contains(expected), e.getMessage() + " should name " + expected);
        }
    }

    @Test
    void unknownProfileNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileLoader.builtIn("fr"));
        assertTrue(e.getMessage().contains("known: ru, kg"));
    }
}
