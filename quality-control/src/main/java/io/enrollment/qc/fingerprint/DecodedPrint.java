package io.enrollment.qc.fingerprint;

/**
 * A print as read from a file, before any input rule was applied.
 *
 * @param image          the pixels as 8-bit grey (colour or 16-bit input converted for measuring)
 * @param format         PNG, PGM, BMP, JPEG, …
 * @param bitsPerSample  bits per sample in the file
 * @param channels       1 for grey, 3 or 4 for colour
 * @param dpiSource      where {@code image.dpi()} came from
 */
public record DecodedPrint(PrintImage image, String format, int bitsPerSample, int channels, DpiSource dpiSource) {
    /** Where the resolution came from. */
    public enum DpiSource {
        /** given by the caller ({@code --dpi}, or the scanner's nominal resolution) */
        GIVEN,
        /** recorded in the file (PNG pHYs, JPEG JFIF, BMP header) */
        FILE,
        /** nothing said: the profile's resolution was assumed */
        ASSUMED
    }
}
