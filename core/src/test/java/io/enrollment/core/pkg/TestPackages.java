package io.enrollment.core.pkg;

import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.Officer;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.core.sample.Place;
import io.enrollment.core.sample.VoiceSample;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Realistic packages for the format tests, built from generated images and sound. */
public final class TestPackages {
    public static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private TestPackages() {
    }

    public static Subject subject() {
        return new Subject(new IdentityDocument("PASSPORT_RU", "4510 123456", "ГУ МВД России по г. Москве"),
                "Иванова", "Мария", "Петровна", LocalDate.of(1985, 3, 14));
    }

    public static Officer officer() {
        return new Officer("CN=Петров Пётр,O=Bank,C=RU", "Bank", "0a1b2c", "CN=Test CA",
                NOW.minusSeconds(86400 * 30L), NOW.plusSeconds(86400 * 300L), Officer.Role.OPERATOR);
    }

    public static CaptureMetadata metadata(DeviceInfo.Kind kind) {
        return new CaptureMetadata(NOW, ZONE, new Place("Branch 42, Tverskaya 1, Moscow", 55.757, 37.615),
                List.of(new DeviceInfo(kind, "Acme", "Model 1", "SN1", "1.0", DeviceInfo.Health.OK, "30 fps")),
                CollectionMethod.IN_PERSON_GUIDED_AUTO);
    }

    public static QualityReport passing(Modality m, String id) {
        return new QualityReport(m, "ru", List.of(
                CheckResult.measured(id, "measure", 3.1, Comparison.AT_MOST, 5, "deg", "fix it")));
    }

    public static byte[] png(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt(0xFFFFFF));
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 16 kHz mono 16-bit PCM WAV of a tone. */
    public static byte[] wav(double seconds) {
        int n = (int) (16000 * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * n).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * n);
        for (int i = 0; i < n; i++) {
            b.putShort((short) (8000 * Math.sin(2 * Math.PI * 220 * i / 16000.0)));
        }
        return b.array();
    }

    public static EnrollmentPackage ru() {
        FaceSample face = new FaceSample(png(64, 80, 1), ImageFormat.PNG, 64, 80, metadata(DeviceInfo.Kind.CAMERA),
                passing(Modality.FACE, "R-FACE-2"));
        VoiceSample voice = new VoiceSample(wav(0.5), "7 2 9 4 0 1 8 3", metadata(DeviceInfo.Kind.MICROPHONE),
                passing(Modality.VOICE, "R-VOICE-1"));
        return EnrollmentPackage.assemble(UUID.fromString("6f1c1e4e-8a52-4d0e-9d7c-1a2b3c4d5e6f"),
                ProfileLoader.builtIn("ru"), "WS-0042", subject(),
                Consent.given("ru-2021-930-v1", NOW.minusSeconds(600), officer().subjectDn()), officer(),
                List.of(face, voice),
                List.of(new Attestation("R-VOICE-10", "speaker calm, no signs of illness", officer().id(), NOW)),
                NOW, ZONE);
    }

    public static EnrollmentPackage kg() {
        FaceSample face = new FaceSample(png(64, 80, 2), ImageFormat.PNG, 64, 80, metadata(DeviceInfo.Kind.CAMERA),
                passing(Modality.FACE, "R-FACE-2"));
        FingerprintSample thumb = new FingerprintSample(FingerPosition.RIGHT_THUMB, png(32, 36, 3), 500,
                new byte[] {'F', 'M', 'R', 0, ' ', '2', '0', 0, 1, 2, 3}, metadata(DeviceInfo.Kind.FINGERPRINT_SCANNER),
                passing(Modality.FINGERPRINT, "R-FP-2"));
        FingerprintSample index = new FingerprintSample(FingerPosition.LEFT_INDEX, png(32, 36, 4), 500, null,
                metadata(DeviceInfo.Kind.FINGERPRINT_SCANNER), passing(Modality.FINGERPRINT, "R-FP-2"));
        return EnrollmentPackage.assemble(UUID.fromString("0e5a7c1e-1111-4222-8333-944455556666"),
                ProfileLoader.builtIn("kg"), "KG-FIELD-7", subject(),
                Consent.given("kg-v1", NOW.minusSeconds(60), officer().subjectDn()), officer(),
                List.of(face, thumb, index), List.of(), NOW, ZoneId.of("Asia/Bishkek"));
    }
}
