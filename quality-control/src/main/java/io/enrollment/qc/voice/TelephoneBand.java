package io.enrollment.qc.voice;

/**
 * R-VOICE-12: telephone networks carry 300–3400 Hz (narrowband codecs: G.711, GSM, AMR-NB), so a
 * recording that went through one has nothing above 4 kHz that follows the speech. Measured as the
 * spread of the per-frame 4.2–7 kHz band power, 95th − 20th percentile in dB: wideband speech has
 * fricatives and bursts there (tens of dB), a band-limited recording only steady noise (a few dB),
 * whatever was added after the call.
 *
 * @param hfDynamicsDb NaN below a 16 kHz rate, where the band does not exist
 */
record TelephoneBand(double hfDynamicsDb) {
    static final double LOW_HZ = 4200;
    static final double HIGH_HZ = 7000;

    static TelephoneBand measure(Spectrogram spec) {
        if (spec.rate < 16000 || spec.frames == 0) {
            return new TelephoneBand(Double.NaN);
        }
        double[] p = spec.bandPower(LOW_HZ, HIGH_HZ);
        double[] db = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            db[i] = Stats.db(p[i]);
        }
        return new TelephoneBand(Stats.quantile(db, 0.95) - Stats.quantile(db, 0.20));
    }
}
