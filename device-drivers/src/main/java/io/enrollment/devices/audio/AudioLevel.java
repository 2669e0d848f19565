package io.enrollment.devices.audio;

/**
 * The level meter's reading over the last ~50 ms.
 *
 * @param rmsDbfs   RMS level, dB relative to full scale (−120 for digital silence)
 * @param peakDbfs  largest |sample|, dBFS
 * @param clipped   a sample reached full scale
 * @param seconds   position in the take where the window ends
 */
public record AudioLevel(double rmsDbfs, double peakDbfs, boolean clipped, double seconds) {
}
