package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each measure on synthetic signals whose truth is known exactly. */
class VoiceMeasuresTest {
    private static VoiceMeasures measure(float[] x) {
        return VoiceMeasures.of(new Signal(x, SyntheticVoice.RATE), 0.15);
    }

    @Test
    void R_VOICE_1_activeSnrFollowsTheTruth() {
        float[] clean = SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 7000);
        double previous = Double.NEGATIVE_INFINITY;
        for (double truth : new double[] {10, 15, 20, 30}) {
            double snr = measure(SyntheticVoice.withNoise(clean, truth, 7)).snr().snrDb();
            assertEquals(truth, snr, 2.5, "SNR at " + truth + " dB");
            assertTrue(snr > previous, "SNR must grow with the truth");
            previous = snr;
        }
    }

    @Test
    void R_VOICE_7_oneSpeakerHasOnePitchGroupTwoSpeakersTwo() {
        double[] one = {118, 122, 125, 115, 120, 130, 112, 121};
        double[] two = {110, 220, 112, 225, 108, 230, 115, 218};
        double sep1 = measure(SyntheticVoice.withNoise(SyntheticVoice.syllables(one, 4000), 30, 1)).pitch().separationSemitones();
        SpeakerPitch p2 = measure(SyntheticVoice.withNoise(SyntheticVoice.syllables(two, 4000), 30, 1)).pitch();
        assertTrue(sep1 < 3, "one speaker: " + sep1);
        assertTrue(p2.separationSemitones() > 10, "two speakers: " + p2.separationSemitones());
        assertEquals(112, p2.lowHz(), 8);
        assertEquals(223, p2.highHz(), 12);
    }

    @Test
    void R_VOICE_7_aLoneOutlierSegmentIsNotASecondSpeaker() {
        double[] pitches = {120, 121, 119, 240, 122, 118, 120, 121};
        SpeakerPitch p = measure(SyntheticVoice.withNoise(SyntheticVoice.syllables(pitches, 4000), 30, 2)).pitch();
        assertTrue(p.separationSemitones() < 6, "1 of 8 segments cannot form a group (15 % minimum): " + p.separationSemitones());
    }

    @Test
    void R_VOICE_12_bandLimitedSpeechHasNoHighBandDynamics() {
        float[] wide = SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(150, 8), 7800), 35, 3);
        float[] narrow = SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(150, 8), 3400), 35, 3);
        double w = measure(wide).telephone().hfDynamicsDb();
        double n = measure(narrow).telephone().hfDynamicsDb();
        assertTrue(w > 15, "wideband " + w);
        assertTrue(n < 3, "narrowband " + n);
    }

    @Test
    void R_VOICE_9_pausesAndEdgesAreMeasured() {
        Continuity c = measure(SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 4000), 30, 4))
                .continuity();
        assertEquals(500, c.leadingMs(), 40);
        assertEquals(500, c.trailingMs(), 60);
        assertEquals(200, c.longestGapMs(), 60);
        assertEquals(0, c.dropouts());
    }

    @Test
    void R_VOICE_9_aHoleOfDigitalSilenceInsideASyllableIsADropout() {
        float[] x = SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 4000), 30, 5);
        int at = (int) (0.5 * SyntheticVoice.RATE + 0.15 * SyntheticVoice.RATE);
        java.util.Arrays.fill(x, at, at + 480, 0f);
        VoiceMeasures m = measure(x);
        assertEquals(1, m.continuity().dropouts());
        assertEquals(0, m.traces().zeroRuns(), "inside speech it is a dropout, not a gate");
    }

    @Test
    void R_VOICE_6_gaussianNoiseHasFewSpectralHolesAndASteadyFloor() {
        NoiseSuppressionTraces t = measure(SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 4000), 25, 6))
                .traces();
        assertTrue(t.spectralHolePercent() < 1.2, "holes " + t.spectralHolePercent());
        assertTrue(t.noiseSpreadDb() < 3, "spread " + t.noiseSpreadDb());
        assertEquals(0, t.zeroRuns());
    }

    @Test
    void clippingAndDcOnSyntheticSignals() {
        float[] x = SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 4000), 30, 8);
        float[] clipped = x.clone();
        float[] shifted = x.clone();
        for (int i = 0; i < x.length; i++) {
            clipped[i] = Math.max(-0.1f, Math.min(0.1f, x[i]));
            shifted[i] = x[i] + 0.03f;
        }
        assertEquals(0, measure(x).integrity().clippedFraction(), 1e-4);
        assertTrue(measure(clipped).integrity().clippedFraction() > 0.01);
        assertEquals(0.03, measure(shifted).integrity().dcOffset(), 0.002);
        assertEquals(measure(x).snr().snrDb(), measure(shifted).snr().snrDb(), 0.5, "DC does not disturb the SNR");
    }

    @Test
    void wadaSnrIsReportedAndGrowsWithTheSnr() {
        float[] clean = SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 7000);
        double low = measure(SyntheticVoice.withNoise(clean, 5, 9)).wadaSnrDb();
        double high = measure(SyntheticVoice.withNoise(clean, 25, 9)).wadaSnrDb();
        assertTrue(high > low, low + " < " + high);
    }
}
