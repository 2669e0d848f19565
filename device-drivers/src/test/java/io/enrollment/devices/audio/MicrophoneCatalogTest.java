package io.enrollment.devices.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.DeviceInfo;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Mixer;
import org.junit.jupiter.api.Test;

class MicrophoneCatalogTest {
    private static final AudioFormat PCM16_16K = CaptureFormat.pcm16Mono(16000);
    private static final AudioFormat PCM16_48K = CaptureFormat.pcm16Mono(48000);
    private static final AudioFormat PCM8_8K = new AudioFormat(8000, 8, 1, true, false);

    @Test
    void thisMachineHasNoMicrophoneAndSaysSoClearly() {
        NoCaptureDeviceException e = assertThrows(NoCaptureDeviceException.class,
                () -> new MicrophoneCatalog(MixerSource.system()).openDefault());
        assertTrue(e.getMessage().startsWith("no microphone found"), e.getMessage());
        assertTrue(e.getMessage().contains("Connect a microphone"), e.getMessage());
    }

    @Test
    void onlyDevicesThatCaptureSixteenBitMonoAtSixteenKilohertzAreListed() {
        List<Mixer> mixers = List.of(
                new ListedMixer("USB Headset", "USB Audio", List.of(PCM16_48K, PCM16_16K)),
                new ListedMixer("Old Card", "8-bit only", List.of(PCM8_8K)),
                new ListedMixer("Monitor of Built-in Audio Analog Stereo", "PulseAudio", List.of(PCM16_16K)),
                new ListedMixer("Stereo Mix (Realtek)", "Direct Audio Device", List.of(PCM16_48K)));
        MicrophoneCatalog catalog = new MicrophoneCatalog(() -> mixers);
        List<CaptureDevice> devices = catalog.devices();
        assertEquals(1, devices.size());
        assertEquals("USB Headset", devices.get(0).mixer().getName());
        assertEquals(List.of(16000, 48000), devices.get(0).rates());
        assertEquals(List.of("Monitor of Built-in Audio Analog Stereo", "Stereo Mix (Realtek)"), catalog.refusedLoopbacks());
    }

    @Test
    void onlyLoopbacksMeansNoMicrophoneAndNamesThem() {
        MicrophoneCatalog catalog = new MicrophoneCatalog(() -> List.of(
                new ListedMixer("Monitor of Built-in Audio", "PulseAudio", List.of(PCM16_16K))));
        NoCaptureDeviceException e = assertThrows(NoCaptureDeviceException.class, catalog::openDefault);
        assertTrue(e.getMessage().contains("Monitor of Built-in Audio"), e.getMessage());
    }

    @Test
    void openingTheDefaultGivesItsDeviceInfoForTheCaptureMetadata() throws Exception {
        Microphone m = new MicrophoneCatalog(() -> List.of(
                new ListedMixer("USB Headset", "USB Audio", List.of(PCM16_16K)))).openDefault();
        assertEquals(DeviceInfo.Kind.MICROPHONE, m.info().kind());
        assertTrue(m.info().model().contains("USB Headset"));
        assertEquals("test vendor", m.info().vendor());
        assertEquals(16000f, m.format().getSampleRate());
    }

    @Test
    void loopbackNames() {
        assertTrue(LoopbackSources.isLoopback("Monitor of Built-in Audio Analog Stereo", ""));
        assertTrue(LoopbackSources.isLoopback("alsa_output.pci-0000_00_1f.3.analog-stereo.monitor", ""));
        assertTrue(LoopbackSources.isLoopback("Stereo Mix", "Realtek"));
        assertTrue(LoopbackSources.isLoopback("CABLE Output (VB-Audio Virtual Cable)", ""));
        assertTrue(LoopbackSources.isLoopback("Loopback [plughw:1,0]", ""));
        assertFalse(LoopbackSources.isLoopback("USB PnP Sound Device [plughw:2,0]", "Direct Audio Device"));
        assertFalse(LoopbackSources.isLoopback("Microphone (Realtek High Definition Audio)", ""));
    }

    @Test
    void onlyTheVoiceCaptureFormatIsAccepted() {
        assertTrue(CaptureFormat.acceptable(PCM16_16K));
        assertFalse(CaptureFormat.acceptable(PCM8_8K));
        assertFalse(CaptureFormat.acceptable(new AudioFormat(16000, 16, 2, true, false)));
        assertFalse(CaptureFormat.acceptable(new AudioFormat(16000, 16, 1, true, true)));
        assertThrows(IllegalArgumentException.class, () -> CaptureFormat.pcm16Mono(8000));
    }
}
