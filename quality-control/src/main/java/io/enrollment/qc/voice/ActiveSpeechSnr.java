package io.enrollment.qc.voice;

/**
 * R-VOICE-1: active-speech signal-to-noise ratio. Over the analysis band (60 Hz to Nyquist) each frame's
 * power is taken; S is the mean power of the frames {@link VoiceActivity} marks as speech, N the median
 * power of its noise frames, and {@code SNR = 10·log10((S − N) / N)} (the noise also present during speech
 * is taken out of S). Pauses are what the noise is measured in, so a recording needs some silence.
 *
 * @param snrDb         NaN when there is no speech or fewer than {@value #MIN_NOISE_FRAMES} noise frames;
 *                      {@value #MAX_DB} when the pauses are digital silence
 * @param speechDbfs    mean speech-frame power
 * @param noiseDbfs     median noise-frame power
 */
record ActiveSpeechSnr(double snrDb, double speechDbfs, double noiseDbfs, int speechFrames, int noiseFrames) {
    static final double LOW_HZ = 60;
    static final int MIN_NOISE_FRAMES = 10;
    static final double MAX_DB = 150;

    static ActiveSpeechSnr measure(Spectrogram spec, VoiceActivity activity) {
        double[] power = spec.bandPower(LOW_HZ, spec.rate / 2.0);
        double[] speech = Stats.select(power, activity.speech);
        double[] noise = Stats.select(power, activity.noise);
        double s = Stats.mean(speech);
        double n = Stats.quantile(noise, 0.5);
        double snr;
        if (speech.length == 0 || noise.length < MIN_NOISE_FRAMES) {
            snr = Double.NaN;
        } else if (n <= Stats.SILENT_POWER) {
            snr = MAX_DB;
        } else {
            snr = Math.min(MAX_DB, 10 * Math.log10(Math.max(s - n, Stats.SILENT_POWER) / n));
        }
        return new ActiveSpeechSnr(snr, Stats.db(s), Stats.db(n), speech.length, noise.length);
    }
}
