package io.enrollment.qc.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.cli.QcCommand;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qc finger}: R-FP-2 verdicts with measured values and profile thresholds, and bad input. */
class FingerprintCheckerTest {
    private static final Profile KG = ProfileLoader.builtIn("kg");
    private final FingerprintChecker checker = new FingerprintChecker();

    @TempDir
    Path dir;

    @BeforeAll
    static void warm() {
        FingerprintTemplates.warmUp();
    }

    private QualityReport check(byte[] data, String... options) throws UnreadableSampleException {
        Map<String, String> o = options.length == 0 ? Map.of() : Map.of(options[0], options[1]);
        return checker.check(data, KG, o);
    }

    private static CheckResult named(QualityReport r, String name) {
        return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rFp2GoodScannerPrintPassesEveryCheckWithItsNumbers() throws Exception {
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.typical(51, 1)));
        assertEquals(Verdict.PASS, r.verdict(), r.checks().toString());
        CheckResult q = r.check("R-FP-2").orElseThrow();
        assertEquals(KG.threshold("finger.quality.min"), q.threshold());
        assertTrue(q.measured() >= q.threshold());
        assertTrue(q.detail().contains("NFIQ 2-like") && q.detail().contains("local-clarity="), q.detail());
        assertEquals(500, named(r, "resolution-min").measured());
    }

    @Test
    void rFp2PoorPrintFailsWithGuidance() throws Exception {
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.poor(52, 1)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(r.check("R-FP-2").orElseThrow().failed(), r.checks().toString());
        assertTrue(!r.guidance().isEmpty());
    }

    @Test
    void blankWhiteImageFailsAsNoFinger() throws Exception {
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.uniform(256, 288, 255)));
        assertEquals(Verdict.FAIL, r.verdict());
        CheckResult area = named(r, "finger-area");
        assertEquals(0, area.measured());
        assertTrue(area.guidance().contains("no finger"), area.guidance());
    }

    @Test
    void allBlackImageFailsAsDark() throws Exception {
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.uniform(256, 288, 0)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertTrue(named(r, "finger-area").guidance().contains("dark"));
        assertEquals(0, r.check("R-FP-2").orElseThrow().measured());
    }

    @Test
    void tinyImageIsRejectedBeforeMeasuring() throws Exception {
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.uniform(40, 30, 200)));
        assertTrue(named(r, "shortest-side").failed());
        assertEquals(Verdict.NOT_VERIFIED, r.check("R-FP-2").orElseThrow().verdict());
        assertEquals(Verdict.FAIL, r.verdict());
    }

    @Test
    void gigantImagesAreRefusedWithoutDecodingOrFailTheSizeRule() throws Exception {
        // 2600 px at 500 ppi: decodable, but no fingerprint is 13 cm long
        QualityReport r = check(SyntheticPrints.png(SyntheticPrints.uniform(2600, 200, 255)));
        assertTrue(named(r, "longest-side").failed());
        // a PNG header claiming 100 000 × 100 000 px: refused from the header alone
        byte[] png = SyntheticPrints.png(SyntheticPrints.uniform(16, 16, 255));
        byte[] huge = png.clone();
        writeInt(huge, 16, 100_000);
        writeInt(huge, 20, 100_000);
        UnreadableSampleException e = assertThrows(UnreadableSampleException.class, () -> check(huge));
        assertTrue(e.getMessage().contains("100000×100000") || e.getMessage().contains("corrupt"), e.getMessage());
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    @Test
    void wrongResolutionIsResampledOrRejectedWithAReason() throws Exception {
        PrintImage print = SyntheticPrints.typical(53, 1);
        // the same pixels declared 1000 ppi: downsampled to half size (128×144) — too small, so the size rule fails
        QualityReport high = check(SyntheticPrints.png(print), "dpi", "1000");
        assertTrue(named(high, "resolution-max").passed());
        assertTrue(named(high, "shortest-side").failed(), high.checks().toString());
        assertTrue(named(high, "resolution-min").detail().contains("resampled to 500"));
        // 250 ppi cannot be measured at all
        QualityReport low = check(SyntheticPrints.png(print), "dpi", "250");
        assertTrue(named(low, "resolution-min").failed());
        assertTrue(low.check("R-FP-2").orElseThrow().guidance().contains("250 ppi is outside"));
    }

    @Test
    void printAt1000PpiIsResampledAndStillPasses() throws Exception {
        PrintImage print = SyntheticPrints.typical(54, 1);
        BufferedImage b = new BufferedImage(512, 576, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = b.createGraphics();
        BufferedImage src = new BufferedImage(256, 288, BufferedImage.TYPE_BYTE_GRAY);
        src.getRaster().setDataElements(0, 0, 256, 288, print.pixels());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, 512, 576, null);
        g.dispose();
        byte[] px = new byte[512 * 576];
        b.getRaster().getDataElements(0, 0, 512, 576, px);
        QualityReport r = check(PngEncoder.encode(new PrintImage(512, 576, px, 1000)));
        assertTrue(named(r, "resolution-min").detail().contains("from the file: 1000 ppi"), named(r, "resolution-min").detail());
        assertEquals(Verdict.PASS, r.verdict(), r.checks().toString());
    }

    @Test
    void colourImageFailsTheGreyRule() throws Exception {
        PrintImage print = SyntheticPrints.typical(55, 1);
        BufferedImage rgb = new BufferedImage(256, 288, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 288; y++) {
            for (int x = 0; x < 256; x++) {
                int v = print.pixels()[y * 256 + x] & 0xFF;
                rgb.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", out);
        QualityReport r = check(out.toByteArray());
        assertEquals(3, named(r, "channels").measured());
        assertTrue(named(r, "channels").failed());
    }

    @Test
    void paletteImageIsConvertedThroughItsPaletteAndFailsTheGreyRule() throws Exception {
        PrintImage print = SyntheticPrints.typical(58, 1);
        BufferedImage indexed = new BufferedImage(256, 288, BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < 288; y++) {
            for (int x = 0; x < 256; x++) {
                int v = print.pixels()[y * 256 + x] & 0xFF;
                indexed.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(indexed, "png", out);
        QualityReport r = check(out.toByteArray());
        assertTrue(named(r, "channels").failed());
        assertTrue(r.check("R-FP-2").orElseThrow().measured() > 30, "measured on the palette's grey levels");
    }

    @Test
    void corruptAndForeignFilesAreUnreadableWithAReason() {
        byte[] png = SyntheticPrints.png(SyntheticPrints.typical(56, 1));
        byte[] truncated = Arrays.copyOf(png, png.length / 3);
        assertTrue(assertThrows(UnreadableSampleException.class, () -> check(truncated)).getMessage().contains("corrupt"));
        byte[] text = "not an image at all".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(UnreadableSampleException.class, () -> check(text)).getMessage().contains("not a fingerprint image"));
        byte[] pgm = "P5\n416 560\n255\n\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(UnreadableSampleException.class, () -> check(pgm)).getMessage().contains("truncated PGM"));
        assertThrows(UnreadableSampleException.class, () -> check(png, "dpi", "fast"));
    }

    @Test
    void profileWithoutFingerprintsSaysSo() {
        UnreadableSampleException e = assertThrows(UnreadableSampleException.class,
                () -> checker.check(new byte[] {1}, ProfileLoader.builtIn("ru"), Map.of()));
        assertTrue(e.getMessage().contains("--profile kg"), e.getMessage());
    }

    @Test
    void qcFingerCommandPrintsTheJsonShapeAndExitCodes() throws Exception {
        Path good = dir.resolve("good.png");
        Files.write(good, SyntheticPrints.png(SyntheticPrints.typical(57, 1)));
        Path blank = dir.resolve("blank.png");
        Files.write(blank, SyntheticPrints.png(SyntheticPrints.uniform(256, 288, 255)));
        QcCommand qc = new QcCommand(List.of(checker));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = qc.run(List.of("finger", good.toString(), "--profile", "kg", "--dpi", "500", "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("finger", j.get("modality").asText());
        assertEquals("PASS", j.get("verdict").asText());
        JsonNode quality = null;
        for (JsonNode c : j.get("checks")) {
            if (c.get("id").asText().equals("R-FP-2")) {
                quality = c;
            }
        }
        assertTrue(quality != null && quality.get("measured").asDouble() > 0 && quality.has("threshold"));
        assertEquals(1, qc.run(List.of("finger", blank.toString(), "--profile", "kg"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }
}
