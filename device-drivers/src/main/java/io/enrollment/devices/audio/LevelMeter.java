package io.enrollment.devices.audio;

/** Turns 16-bit little-endian samples into {@link AudioLevel} readings, one per window of frames. */
final class LevelMeter {
    static final double WINDOW_SECONDS = 0.050;
    private static final double FLOOR_DB = -120;

    private final LevelListener listener;
    private final int window;
    private final float rate;
    private int count;
    private double sumSquares;
    private int peak;
    private long frames;

    LevelMeter(LevelListener listener, float rate) {
        this.listener = listener;
        this.rate = rate;
        this.window = Math.max(1, Math.round(rate * (float) WINDOW_SECONDS));
    }

    void accept(byte[] pcm, int length) {
        for (int i = 0; i + 1 < length; i += 2) {
            int s = (short) ((pcm[i] & 0xFF) | pcm[i + 1] << 8);
            sumSquares += (double) s * s;
            peak = Math.max(peak, Math.abs(s));
            frames++;
            if (++count == window) {
                double rms = Math.sqrt(sumSquares / count) / 32768.0;
                listener.onLevel(new AudioLevel(db(rms), db(peak / 32768.0), peak >= 32767, frames / rate));
                count = 0;
                sumSquares = 0;
                peak = 0;
            }
        }
    }

    private static double db(double amplitude) {
        return amplitude <= 0 ? FLOOR_DB : Math.max(FLOOR_DB, 20 * Math.log10(amplitude));
    }
}
