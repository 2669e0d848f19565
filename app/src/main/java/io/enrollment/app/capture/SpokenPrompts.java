package io.enrollment.app.capture;

import io.enrollment.core.voice.VoicePrompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DEMO speaker: nobody speaks in a demo, so espeak-ng reads the prompt's Russian words and sox makes a
 * 16 kHz, 16-bit mono WAV of it with quiet room noise mixed in, which the demo then plays as a file-backed microphone in real time. Needs
 * the espeak-ng and sox commands (the test script installs them).
 */
public final class SpokenPrompts {
    private final Path work;

    public SpokenPrompts(Path work) {
        this.work = work;
    }

    /** The WAV file of the prompt read aloud (replaced at each call). */
    public Path speak(VoicePrompt prompt) throws CaptureException {
        try {
            Files.createDirectories(work);
            Path raw = work.resolve("speech-raw.wav");
            Path clean = work.resolve("speech-clean.wav");
            Path noise = work.resolve("room-noise.wav");
            Path out = work.resolve("speech.wav");
            run(List.of("espeak-ng", "-v", "ru", "-s", "140", "-w", raw.toString(), prompt.words()));
            run(List.of("sox", raw.toString(), "-r", "16000", "-b", "16", "-c", "1", clean.toString(), "pad", "0.6", "0.6"));
            // A quiet room, as a real microphone hears it: synthetic speech alone is digital silence between words.
            double seconds = (Files.size(clean) - 44) / 32000.0;
            run(List.of("sox", "-n", "-r", "16000", "-b", "16", "-c", "1", noise.toString(), "synth",
                    String.format(java.util.Locale.ROOT, "%.3f", seconds), "pinknoise", "vol", "0.02"));
            run(List.of("sox", "-m", clean.toString(), noise.toString(), "-b", "16", out.toString()));
            Files.deleteIfExists(raw);
            Files.deleteIfExists(clean);
            Files.deleteIfExists(noise);
            return out;
        } catch (IOException e) {
            throw new CaptureException("the demo speaker failed: " + e.getMessage(), e);
        }
    }

    private static void run(List<String> command) throws IOException, CaptureException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new CaptureException(command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new CaptureException("the demo speaker was interrupted", e);
        }
    }
}
