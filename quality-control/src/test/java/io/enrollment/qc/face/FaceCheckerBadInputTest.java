package io.enrollment.qc.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.cli.QcCommand;
import io.enrollment.qc.QcCheckers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes and never exhausts memory: each case is refused with a reason before any
 * model runs (the header is read first). All inputs are made by the test.
 */
class FaceCheckerBadInputTest {
    private final FaceChecker checker = new FaceChecker();
    private final Profile ru = ProfileLoader.builtIn("ru");

    private String refused(byte[] data) {
        UnreadableSampleException e = assertThrows(UnreadableSampleException.class, () -> checker.check(data, ru, Map.of()));
        return e.getMessage();
    }

    private static byte[] encode(Mat m, String ext) {
        try (BytePointer buf = new BytePointer()) {
            opencv_imgcodecs.imencode(ext, m, buf);
            byte[] out = new byte[(int) buf.limit()];
            buf.get(out);
            return out;
        }
    }

    private static byte[] smallJpeg() {
        try (Mat m = new Mat(64, 48, opencv_core.CV_8UC3, new Scalar(40, 120, 200, 0))) {
            return encode(m, ".jpg");
        }
    }

    private static byte[] smallPng() {
        try (Mat m = new Mat(64, 48, opencv_core.CV_8UC3, new Scalar(40, 120, 200, 0))) {
            return encode(m, ".png");
        }
    }

    @Test
    void zeroBytes() {
        assertTrue(refused(new byte[0]).contains("empty"));
    }

    @Test
    void notAnImage() {
        assertTrue(refused("just some text, not a photograph\n".getBytes(StandardCharsets.UTF_8)).contains("not an image"));
    }

    @Test
    void truncatedJpeg() {
        byte[] jpeg = smallJpeg();
        assertTrue(refused(Arrays.copyOf(jpeg, jpeg.length / 2)).contains("truncated"));
    }

    @Test
    void truncatedPng() {
        byte[] png = smallPng();
        assertTrue(refused(Arrays.copyOf(png, png.length - 20)).contains("truncated"));
    }

    @Test
    void corruptJpegBody() {
        byte[] jpeg = smallJpeg();
        byte[] broken = jpeg.clone();
        for (int i = 24; i < 64; i++) {
            broken[i] = (byte) 0x11; // destroys the segment structure after the first header segment
        }
        String reason = refused(broken);
        assertTrue(reason.contains("corrupt") || reason.contains("truncated"), reason);
    }

    @Test
    void hugeDimensionsAreRefusedFromTheHeader() {
        // A valid PNG header claiming 20000 × 20000 followed by a tiny IDAT: never decoded.
        byte[] png = pngWithHeader(20_000, 20_000, 8, 2, false);
        String reason = refused(png);
        assertTrue(reason.contains("20000x20000"), reason);
    }

    @Test
    void sixteenBitPng() {
        try (Mat m = new Mat(32, 32, opencv_core.CV_16UC3, new Scalar(1000, 20000, 40000, 0))) {
            assertTrue(refused(encode(m, ".png")).contains("16-bit"));
        }
    }

    @Test
    void animatedPng() {
        assertTrue(refused(pngWithHeader(32, 32, 8, 2, true)).contains("animated"));
    }

    @Test
    void cmykJpeg() {
        // SOI, SOF0 with 4 components, EOI: the header is enough to refuse it.
        byte[] cmyk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 20, 8, 0, 32, 0, 32, 4,
            1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
        assertTrue(refused(cmyk).contains("CMYK"));
    }

    @Test
    void gifIsRefusedWithTheRule() {
        assertTrue(refused("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)).contains("R-FACE-13"));
    }

    @Test
    void rFace1GreyscaleJpegIsReadAndFailsChannels() throws Exception {
        try (Mat grey = new Mat(64, 64, opencv_core.CV_8UC1, new Scalar(128))) {
            QualityReport r = checker.check(encode(grey, ".jpg"), ru, Map.of());
            CheckResult channels = r.checks().stream().filter(c -> c.name().equals("channels")).findFirst().orElseThrow();
            assertEquals(1, channels.measured());
            assertEquals(Verdict.FAIL, channels.verdict());
            assertEquals(0, r.checks().stream().filter(c -> c.name().equals("face-count")).findFirst().orElseThrow().measured());
        }
    }

    @Test
    void rFace13BmpIsReadAndFailsStorageFormat() throws Exception {
        try (Mat m = new Mat(64, 64, opencv_core.CV_8UC3, new Scalar(40, 120, 200, 0))) {
            QualityReport r = checker.check(encode(m, ".bmp"), ru, Map.of());
            CheckResult format = r.checks().stream().filter(c -> c.id().equals("R-FACE-13")).findFirst().orElseThrow();
            assertEquals(Verdict.FAIL, format.verdict());
            assertEquals(0, format.measured());
        }
    }

    @Test
    void qcCommandExitsTwoOnUnreadableAndOneOnFailure(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path blank = Files.write(dir.resolve("blank.png"), smallPng());
        QcCommand qc = new QcCommand(QcCheckers.all());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = qc.run(List.of("face", empty.toString(), "--json"), new PrintStream(out), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty"));
        out.reset();
        code = qc.run(List.of("face", blank.toString(), "--json", "--remote"), new PrintStream(out), new PrintStream(err));
        assertEquals(1, code, "a picture without a face fails R-FACE-8");
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"modality\" : \"face\"") || json.contains("\"modality\":\"face\""), json);
        assertTrue(json.contains("R-FACE-8"), json);
    }

    /** A PNG with an IHDR of the given size, an optional acTL chunk, one tiny IDAT and IEND. */
    private static byte[] pngWithHeader(int width, int height, int depth, int colour, boolean animated) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = (byte) depth;
        ihdr[9] = (byte) colour;
        chunk(b, "IHDR", ihdr);
        if (animated) {
            chunk(b, "acTL", new byte[] {0, 0, 0, 2, 0, 0, 0, 0});
        }
        chunk(b, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(b, "IEND", new byte[0]);
        return b.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream b, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        b.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.writeBytes(t);
        b.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        b.writeBytes(c);
    }

    private static void putInt(byte[] a, int off, int v) {
        a[off] = (byte) (v >>> 24);
        a[off + 1] = (byte) (v >>> 16);
        a[off + 2] = (byte) (v >>> 8);
        a[off + 3] = (byte) v;
    }
}
