package io.enrollment.devices.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.DeviceInfo;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader thread, level meter and lost-audio detection, on the file-backed line and on scripted device faults. */
class RecordingTest {
    private static final DeviceInfo DEVICE = new DeviceInfo(DeviceInfo.Kind.MICROPHONE, "test", "scripted tone line", "", "",
            DeviceInfo.Health.OK, "");
    @TempDir
    Path dir;

    /** A WAV of a 0.5-amplitude 440 Hz tone written by the JDK. */
    private Path tone(double seconds, int rate, int channels) throws Exception {
        int frames = (int) (seconds * rate);
        ByteBuffer b = ByteBuffer.allocate(frames * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                b.putShort((short) Math.round(16384 * Math.sin(2 * Math.PI * 440 * i / rate)));
            }
        }
        Path file = dir.resolve("tone-" + rate + "-" + channels + ".wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), new AudioFormat(rate, 16, channels, true, false),
                frames), AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    @Test
    void fileBackedMicrophonePlaysInRealTimeWithALevelMeter() throws Exception {
        List<AudioLevel> levels = new CopyOnWriteArrayList<>();
        Microphone mic = MicrophoneCatalog.fromWavFile(tone(1.0, 16000, 1));
        long t0 = System.nanoTime();
        Recording r = mic.start(levels::add, 30);
        while (!r.finished()) {
            Thread.sleep(20);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Take take = r.stop();
        assertTrue(wall >= 0.9, "real time: a 1 s file takes about 1 s, took " + wall);
        assertFalse(take.interrupted(), take.reason());
        assertEquals(16000, take.frames(), 400);
        assertEquals(0, take.lostFrames());
        byte[] wav = take.wav();
        assertEquals(1, u16(wav, 20), "format tag PCM");
        assertEquals(1, u16(wav, 22), "mono");
        assertEquals(16, u16(wav, 34), "16 bit");
        assertTrue(levels.size() >= 15 && levels.size() <= 21, "one level every 50 ms: " + levels.size());
        AudioLevel mid = levels.get(levels.size() / 2);
        assertEquals(-9.0, mid.rmsDbfs(), 0.5);
        assertEquals(-6.0, mid.peakDbfs(), 0.3);
        assertFalse(mid.clipped());
        assertEquals(DeviceInfo.Health.OK, take.device().health());
    }

    @Test
    void R_VOICE_9_aListenerThatBlocksMakesTheLineOverrunAndTheTakeInterrupted() throws Exception {
        Microphone mic = MicrophoneCatalog.fromWavFile(tone(1.5, 16000, 1));
        boolean[] slept = {false};
        Recording r = mic.start(level -> {
            if (!slept[0] && level.seconds() > 0.3) {
                slept[0] = true;
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, 30);
        while (!r.finished()) {
            Thread.sleep(20);
        }
        Take take = r.stop();
        assertTrue(take.interrupted());
        assertTrue(take.reason().contains("overran"), take.reason());
        assertTrue(take.lostMillis() > 150 && take.lostMillis() < 800, "lost " + take.lostMillis() + " ms");
        assertEquals(DeviceInfo.Health.DEGRADED, take.device().health());
    }

    @Test
    void R_VOICE_9_microphoneUnpluggedMidTakeIsInterrupted() throws Exception {
        Microphone mic = new Microphone(new ScriptedToneLine(ScriptedToneLine.Fault.UNPLUG, 300), CaptureFormat.pcm16Mono(16000), DEVICE);
        Recording r = mic.start(LevelListener.NONE, 30);
        Thread.sleep(600);
        assertTrue(r.interrupted());
        Take take = r.stop();
        assertTrue(take.interrupted());
        assertTrue(take.reason().contains("disconnected"), take.reason());
        assertEquals(0.3, take.seconds(), 0.1);
    }

    @Test
    void R_VOICE_9_aDeviceThatStopsDeliveringIsInterrupted() throws Exception {
        Microphone mic = new Microphone(new ScriptedToneLine(ScriptedToneLine.Fault.STALL, 300), CaptureFormat.pcm16Mono(16000), DEVICE);
        Recording r = mic.start(LevelListener.NONE, 30);
        Thread.sleep(1200);
        Take take = r.stop();
        assertTrue(take.interrupted());
        assertTrue(take.reason().contains("no audio"), take.reason());
        assertTrue(take.lostMillis() > 500, "missing against the clock: " + take.lostMillis());
    }

    @Test
    void aHealthyDeviceStoppedByTheOperatorIsAWholeTake() throws Exception {
        Microphone mic = new Microphone(new ScriptedToneLine(ScriptedToneLine.Fault.NONE, 0), CaptureFormat.pcm16Mono(16000), DEVICE);
        Recording r = mic.start(LevelListener.NONE, 30);
        Thread.sleep(700);
        Take take = r.stop();
        assertFalse(take.interrupted(), take.reason());
        assertEquals(0.7, take.seconds(), 0.1);
    }

    @Test
    void takesStopAtTheirMaximumLength() throws Exception {
        Recording r = MicrophoneCatalog.fromWavFile(tone(2.0, 16000, 1)).start(LevelListener.NONE, 0.5);
        while (!r.finished()) {
            Thread.sleep(20);
        }
        Take take = r.stop();
        assertEquals(8000, take.frames(), 320);
    }

    @Test
    void fileBackedMicrophoneMixesStereoAndRefusesWhatNoMicrophoneDelivers() throws Exception {
        Microphone stereo = MicrophoneCatalog.fromWavFile(tone(0.2, 48000, 2));
        assertEquals(1, stereo.format().getChannels());
        assertEquals(48000f, stereo.format().getSampleRate());
        AudioDeviceException low = assertThrows(AudioDeviceException.class, () -> MicrophoneCatalog.fromWavFile(tone(0.2, 8000, 1)));
        assertTrue(low.getMessage().contains("8000 Hz"), low.getMessage());
        Path junk = Files.writeString(dir.resolve("junk.wav"), "not audio");
        assertThrows(AudioDeviceException.class, () -> MicrophoneCatalog.fromWavFile(junk));
    }
}
