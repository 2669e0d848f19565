package io.enrollment.qc.voice;

import java.util.List;

/**
 * Every signal measure of one recording, computed by the stages in the order of the algorithm. Thresholds
 * are applied afterwards ({@link VoiceSignalChecks}), so the same measures serve the checks, the
 * benchmark and calibration.
 */
record VoiceMeasures(SignalIntegrity integrity, ActiveSpeechSnr snr, double wadaSnrDb, NoiseSuppressionTraces traces,
                     Continuity continuity, SpeakerPitch pitch, TelephoneBand telephone, Signal analysis) {
    /** Every measure is defined at this rate; faster recordings are resampled to it first. */
    static final int ANALYSIS_RATE = 16000;
    /** Below this (telephone narrowband) there is no speech band left to measure. */
    static final int MIN_ANALYSIS_RATE = 8000;

    static VoiceMeasures of(Signal stored, double minClusterFraction) {
        SignalIntegrity integrity = SignalIntegrity.measure(stored);
        Signal analysis = Resampler.downTo(SignalIntegrity.withoutDc(stored), ANALYSIS_RATE);
        Spectrogram spec = Spectrogram.of(analysis);
        VoiceActivity activity = VoiceActivity.detect(spec);
        ActiveSpeechSnr snr = ActiveSpeechSnr.measure(spec, activity);
        List<ZeroRuns.Run> zeros = ZeroRuns.find(stored);
        NoiseSuppressionTraces traces = NoiseSuppressionTraces.measure(zeros, stored.rate, spec, activity);
        Continuity continuity = Continuity.measure(zeros, stored.rate, stored.seconds(), spec, activity, snr.noiseDbfs());
        SpeakerPitch pitch = SpeakerPitch.measure(analysis, spec, activity, minClusterFraction);
        TelephoneBand telephone = TelephoneBand.measure(spec);
        return new VoiceMeasures(integrity, snr, WadaSnr.estimate(analysis), traces, continuity, pitch, telephone, analysis);
    }
}
