package io.enrollment.qc.face.image;

import java.util.List;

/**
 * What a file's header says, read before any pixel is decoded (so a 20 000 × 20 000 file is refused
 * without allocating it).
 *
 * @param formatName      "JPEG", "PNG", "BMP"
 * @param width           pixels
 * @param height          pixels
 * @param channels        colour channels as stored (JPEG components; PNG: 1 grey or palette, 2 grey+alpha, 3 RGB, 4 RGBA)
 * @param bitsPerChannel  bits per channel
 * @param palette         PNG colour type 3 (indexed colour)
 * @param editTraces      editing software named in the metadata
 */
public record ImageHeader(String formatName, int width, int height, int channels, int bitsPerChannel,
                          boolean palette, List<String> editTraces) {
    public ImageHeader {
        editTraces = List.copyOf(editTraces);
    }
}
