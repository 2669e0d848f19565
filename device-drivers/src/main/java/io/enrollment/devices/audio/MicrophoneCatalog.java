package io.enrollment.devices.audio;

import io.enrollment.core.sample.DeviceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Finds microphones: mixers that offer a {@link TargetDataLine} in the capture format (16-bit mono PCM at
 * 16 kHz or more), leaving out loopback/monitor sources ({@link LoopbackSources}).
 */
public final class MicrophoneCatalog {
    private final MixerSource source;

    public MicrophoneCatalog(MixerSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Usable capture devices, in the system's order. */
    public List<CaptureDevice> devices() {
        List<CaptureDevice> out = new ArrayList<>();
        for (Mixer m : source.mixers()) {
            Mixer.Info i = m.getMixerInfo();
            if (LoopbackSources.isLoopback(i.getName(), i.getDescription())) {
                continue;
            }
            List<Integer> rates = new ArrayList<>();
            for (int rate : CaptureFormat.RATES) {
                if (m.isLineSupported(new DataLine.Info(TargetDataLine.class, CaptureFormat.pcm16Mono(rate)))) {
                    rates.add(rate);
                }
            }
            if (!rates.isEmpty()) {
                out.add(new CaptureDevice(i, rates));
            }
        }
        return out;
    }

    /** Names of the mixers refused as loopback sources (for the self-check's report). */
    public List<String> refusedLoopbacks() {
        return source.mixers().stream().map(Mixer::getMixerInfo)
                .filter(i -> LoopbackSources.isLoopback(i.getName(), i.getDescription())).map(Mixer.Info::getName).toList();
    }

    /**
     * Opens the first usable microphone at its preferred rate.
     *
     * @throws NoCaptureDeviceException when there is none, saying what was found instead
     * @throws AudioDeviceException     when it exists but cannot be obtained
     */
    public Microphone openDefault() throws AudioDeviceException {
        List<CaptureDevice> devices = devices();
        if (devices.isEmpty()) {
            List<String> loopbacks = refusedLoopbacks();
            throw new NoCaptureDeviceException("no microphone found: none of the " + source.mixers().size()
                    + " sound devices can record 16-bit mono PCM at 16 kHz or more"
                    + (loopbacks.isEmpty() ? "" : " (refused as loopback/monitor sources: " + String.join(", ", loopbacks) + ")")
                    + ". Connect a microphone and check that the operating system sees it.");
        }
        return open(devices.get(0));
    }

    /**
     * Opens {@code device} at its preferred rate.
     *
     * @throws AudioDeviceException when the line cannot be obtained
     */
    public Microphone open(CaptureDevice device) throws AudioDeviceException {
        int rate = device.rates().get(0);
        AudioFormat format = CaptureFormat.pcm16Mono(rate);
        Mixer mixer = source.mixers().stream().filter(m -> same(m.getMixerInfo(), device.mixer())).findFirst()
                .orElseThrow(() -> new AudioDeviceException("microphone " + device.mixer().getName() + " is gone"));
        Line line;
        try {
            line = mixer.getLine(new DataLine.Info(TargetDataLine.class, format));
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioDeviceException("cannot obtain microphone " + device.mixer().getName() + ": " + e.getMessage(), e);
        }
        return new Microphone((TargetDataLine) line, format, device.info(DeviceInfo.Health.OK, rate + " Hz, 16-bit mono PCM"));
    }

    /** Mixer.Info compares by identity; a re-enumerated device is the same when it describes itself the same. */
    private static boolean same(Mixer.Info a, Mixer.Info b) {
        return a.equals(b) || (a.getName().equals(b.getName()) && a.getVendor().equals(b.getVendor())
                && a.getDescription().equals(b.getDescription()) && a.getVersion().equals(b.getVersion()));
    }

    /** A WAV file played in real time as the microphone (demo and tests). */
    public static Microphone fromWavFile(java.nio.file.Path file) throws AudioDeviceException {
        WavFileLine line = WavFileLine.of(file);
        return new Microphone(line, line.getFormat(), new DeviceInfo(DeviceInfo.Kind.MICROPHONE, "workstation",
                "file-backed microphone: " + file.getFileName(), "", "", DeviceInfo.Health.OK, "plays a WAV file in real time"));
    }
}
