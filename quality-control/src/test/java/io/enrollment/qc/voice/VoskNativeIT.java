package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Vosk native library, as far as it can go without a Russian model: it loads on this platform and
 * refuses a directory that has a model's shape but no model, with a reason instead of a crash.
 */
class VoskNativeIT {
    @TempDir
    Path dir;

    @Test
    void R_VOICE_8_bogusModelIsRefusedByTheNativeLoader() throws Exception {
        Files.createDirectories(dir.resolve("am"));
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("am/final.mdl"), "not a model");
        Files.writeString(dir.resolve("conf/mfcc.conf"), "--sample-frequency=16000\n");
        SpeechRecognitionException e = assertThrows(SpeechRecognitionException.class, () -> VoskSpeechRecognizer.open(dir));
        assertTrue(e.getMessage().contains("failed to load"), e.getMessage());
    }
}
