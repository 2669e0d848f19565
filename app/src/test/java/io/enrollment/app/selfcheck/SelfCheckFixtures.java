package io.enrollment.app.selfcheck;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Shared test material: the reference face as packaged by the build (fetched from a Debian package at build
 * time by {@code app/scripts/fetch-reference-face.sh}), and a camera frame made from it.
 */
public final class SelfCheckFixtures {
    private SelfCheckFixtures() {
    }

    public static Optional<byte[]> referenceFace() throws IOException {
        return ReferenceSamples.packagedFace();
    }

    /**
     * A frame as a 1350-pixel-wide camera gives it (the photograph enlarged, JPEG): at the default working distance
     * and lens, such a camera reaches R-FACE-5's inter-eye distance, a 512-pixel one does not.
     */
    public static byte[] cameraFrame() throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(referenceFace().orElseThrow()));
        BufferedImage dst = new BufferedImage(1350, 1350, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, 1350, 1350, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(dst, "jpg", out);
        return out.toByteArray();
    }

    /** Fails, saying why, when the build did not package the reference face (it always should). */
    static void assumeReferenceFace() throws IOException {
        if (referenceFace().isEmpty()) {
            throw new IllegalStateException("the self-check's reference face is not packaged: the build's "
                    + "fetch-reference-face step (app/scripts/fetch-reference-face.sh) did not run");
        }
    }
}
