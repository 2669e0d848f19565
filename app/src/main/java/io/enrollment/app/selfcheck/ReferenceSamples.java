package io.enrollment.app.selfcheck;

import io.enrollment.core.Modality;
import io.enrollment.core.quality.Verdict;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.PrintImages;
import io.enrollment.devices.fingerprint.R30xScanner;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The engine self-test's reference samples: a passing and a failing sample per modality, each with the
 * verdicts it must get.
 * <ul>
 *   <li>face: a real photograph fetched at build time from a Debian package ({@value #FACE_RESOURCE}:
 *       scikit-image's "astronaut", Eileen Collins, NASA, public domain; {@code app/scripts/fetch-reference-face.sh}).
 *       Its face, cut out ({@link #PORTRAIT}) and enlarged to {@value #PORTRAIT_SIZE} px, must pass pose,
 *       inter-eye distance and single-face checks; the photograph as it is (512 px, about 43 px between the eyes)
 *       must fail R-FACE-5 with its one face still found;</li>
 *   <li>voice: a generated voiced signal (120 Hz harmonics, syllable rhythm, quiet noise) at 16 kHz/16 bit mono
 *       must pass R-VOICE-1/2/3/5; the same at 8 kHz must fail R-VOICE-3;</li>
 *   <li>fingerprint: a synthetic print from the scanner emulator's generator must pass R-FP-2; a ridgeless
 *       noise image must fail it.</li>
 * </ul>
 */
public final class ReferenceSamples {
    public static final String FACE_RESOURCE = "/io/enrollment/app/selfcheck/reference/astronaut.png";
    /** The head and shoulders in the 512 × 512 photograph: x, y, width, height. */
    static final java.awt.Rectangle PORTRAIT = new java.awt.Rectangle(100, 10, 220, 220);
    static final int PORTRAIT_SIZE = 800;

    private ReferenceSamples() {
    }

    /**
     * The cases for the given modalities.
     *
     * @throws IOException when a packaged sample cannot be decoded
     */
    public static List<ReferenceCase> forModalities(java.util.Set<Modality> modalities, Optional<byte[]> face)
            throws IOException {
        List<ReferenceCase> cases = new ArrayList<>();
        if (modalities.contains(Modality.FACE) && face.isPresent()) {
            cases.add(new ReferenceCase("face-pass", Modality.FACE, portrait(face.get()), Map.of(), Map.of(
                    "R-FACE-2", Verdict.PASS, "R-FACE-3", Verdict.PASS, "R-FACE-4", Verdict.PASS, "R-FACE-5", Verdict.PASS, "R-FACE-8", Verdict.PASS)));
            cases.add(new ReferenceCase("face-too-small", Modality.FACE, face.get(), Map.of(),
                    Map.of("R-FACE-5", Verdict.FAIL, "R-FACE-8", Verdict.PASS)));
        }
        if (modalities.contains(Modality.VOICE)) {
            cases.add(new ReferenceCase("voice-pass", Modality.VOICE, voice(16000), Map.of(), Map.of(
                    "R-VOICE-1", Verdict.PASS, "R-VOICE-2", Verdict.PASS, "R-VOICE-3", Verdict.PASS, "R-VOICE-5", Verdict.PASS)));
            cases.add(new ReferenceCase("voice-8khz", Modality.VOICE, voice(8000), Map.of(),
                    Map.of("R-VOICE-3", Verdict.FAIL)));
        }
        if (modalities.contains(Modality.FINGERPRINT)) {
            GreyImage good = SyntheticFingerprints.impression(SyntheticFingerprints.finger(20261122L),
                    ImpressionParameters.ideal(7), SyntheticFingerprints.SCANNER_WIDTH, SyntheticFingerprints.SCANNER_HEIGHT);
            cases.add(new ReferenceCase("print-pass", Modality.FINGERPRINT, PrintImages.png(good, R30xScanner.DPI),
                    Map.of("dpi", Integer.toString(R30xScanner.DPI)), Map.of("R-FP-2", Verdict.PASS)));
            cases.add(new ReferenceCase("print-noise", Modality.FINGERPRINT, PrintImages.png(noise(), R30xScanner.DPI),
                    Map.of("dpi", Integer.toString(R30xScanner.DPI)), Map.of("R-FP-2", Verdict.FAIL)));
        }
        return cases;
    }

    /** The packaged reference face, when this build has it. */
    public static Optional<byte[]> packagedFace() throws IOException {
        try (InputStream in = ReferenceSamples.class.getResourceAsStream(FACE_RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** The face cut out of the photograph and enlarged (bicubic), as a PNG: close enough for R-FACE-5. */
    static byte[] portrait(byte[] photo) throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(photo));
        if (src == null) {
            throw new IOException("the reference face cannot be decoded");
        }
        if (src.getWidth() < PORTRAIT.x + PORTRAIT.width || src.getHeight() < PORTRAIT.y + PORTRAIT.height) {
            throw new IOException("the reference face is " + src.getWidth() + "×" + src.getHeight()
                    + " px, not the packaged photograph");
        }
        BufferedImage dst = new BufferedImage(PORTRAIT_SIZE, PORTRAIT_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, PORTRAIT_SIZE, PORTRAIT_SIZE, PORTRAIT.x, PORTRAIT.y, PORTRAIT.x + PORTRAIT.width,
                PORTRAIT.y + PORTRAIT.height, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(dst, "png", out);
        return out.toByteArray();
    }

    /** Voiced, syllable-rhythm signal with a quiet noise floor, as a 16-bit mono RIFF/WAVE PCM file. */
    static byte[] voice(int rate) {
        double seconds = 3.0;
        int n = (int) (rate * seconds);
        short[] s = new short[n];
        Random noise = new Random(42);
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            // speech from 0.4 s to 2.6 s, four syllables a second
            double envelope = t < 0.4 || t > 2.6 ? 0 : Math.pow(Math.sin(Math.PI * 4 * (t - 0.4)), 2);
            double f0 = 120 + 15 * Math.sin(2 * Math.PI * 0.7 * t);
            double v = 0;
            for (int h = 1; h <= 12 && h * f0 < rate / 2.0; h++) {
                double formant = Math.exp(-Math.pow((h * f0 - 600) / 900, 2)) + 0.4 * Math.exp(-Math.pow((h * f0 - 1800) / 700, 2));
                v += formant * Math.sin(2 * Math.PI * h * f0 * t) / h;
            }
            double sample = 0.35 * envelope * v + 0.0015 * noise.nextGaussian();
            s[i] = (short) Math.max(-32768, Math.min(32767, Math.round(sample * 32767)));
        }
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + n * 2)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(n * 2);
        for (short v : s) {
            b.putShort(v);
        }
        return b.array();
    }

    private static GreyImage noise() {
        int w = SyntheticFingerprints.SCANNER_WIDTH;
        int h = SyntheticFingerprints.SCANNER_HEIGHT;
        byte[] px = new byte[w * h];
        Random r = new Random(3);
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (200 + r.nextInt(20));
        }
        return new GreyImage(w, h, px);
    }
}
