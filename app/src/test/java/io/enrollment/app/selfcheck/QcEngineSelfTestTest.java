package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.selfcheck.items.QcEngineSelfTest;
import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.qc.QcCheckers;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QcEngineSelfTestTest {
    /** A finding in the English of the machine outputs (what these assertions were written against). */
    private static String en(io.enrollment.core.selfcheck.Finding f) {
        return SelfCheckTexts.english().render(f);
    }

    private static List<ReferenceCase> cases(Profile p) {
        try {
            return ReferenceSamples.forModalities(p.requiredModalities(), SelfCheckFixtures.referenceFace());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rSelf1_referenceSamplesGetTheirKnownVerdictsUnderRu() throws IOException {
        SelfCheckFixtures.assumeReferenceFace();
        Profile ru = ProfileLoader.builtIn("ru");
        ItemResult r = new QcEngineSelfTest(ru, QcCheckers.all(), () -> cases(ru)).run();
        assertEquals(ItemStatus.OK, r.status(), en(r.summary()));
        assertEquals(4, r.measurements().size());
    }

    @Test
    void rSelf1_referenceSamplesGetTheirKnownVerdictsUnderKg() throws IOException {
        SelfCheckFixtures.assumeReferenceFace();
        Profile kg = ProfileLoader.builtIn("kg");
        ItemResult r = new QcEngineSelfTest(kg, QcCheckers.all(), () -> cases(kg)).run();
        assertEquals(ItemStatus.OK, r.status(), en(r.summary()));
    }

    @Test
    void rSelf1_aWrongThresholdIsCaught() {
        Profile ru = ProfileLoader.builtIn("ru");
        Map<String, Double> t = new java.util.HashMap<>(ru.thresholds());
        t.put("voice.rate.min", 4000.0); // a damaged profile would accept 8 kHz
        Profile damaged = new Profile(ru.id(), ru.displayName(), ru.requiredModalities(), ru.retentionYears(),
                ru.consentTextVersion(), t, ru.settings());
        ItemResult r = new QcEngineSelfTest(damaged, QcCheckers.all(), () -> cases(ru)).run();
        assertEquals(ItemStatus.FAIL, r.status());
        assertTrue(en(r.summary()).contains("voice-8khz: R-VOICE-3 gave PASS"), en(r.summary()));
    }

    @Test
    void rSelf1_aCorruptSampleOrModelIsAnEngineFailure() {
        Profile ru = ProfileLoader.builtIn("ru");
        byte[] garbage = new byte[5000];
        new java.util.Random(1).nextBytes(garbage);
        ItemResult r = new QcEngineSelfTest(ru, QcCheckers.all(), () -> List.of(new ReferenceCase("face-pass", Modality.FACE,
                garbage, Map.of(), Map.of("R-FACE-5", io.enrollment.core.quality.Verdict.PASS)))).run();
        assertEquals(ItemStatus.FAIL, r.status());
        assertTrue(en(r.summary()).contains("face-pass"), en(r.summary()));
    }

    @Test
    void missingReferenceFaceFailsTheItem() {
        Profile ru = ProfileLoader.builtIn("ru");
        ItemResult r = new QcEngineSelfTest(ru, QcCheckers.all(), () -> {
            try {
                return ReferenceSamples.forModalities(ru.requiredModalities(), Optional.empty());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).run();
        assertEquals(ItemStatus.FAIL, r.status());
        assertTrue(en(r.summary()).contains("only 1 of the profile's 2 modalities"), en(r.summary()));
    }
}
