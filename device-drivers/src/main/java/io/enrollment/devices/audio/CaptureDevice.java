package io.enrollment.devices.audio;

import io.enrollment.core.sample.DeviceInfo;
import java.util.List;
import java.util.Objects;
import javax.sound.sampled.Mixer;

/**
 * A microphone the system offers, with the capture rates (≥ 16 kHz, 16-bit mono PCM) it supports.
 *
 * @param mixer  the JDK's description of the device
 * @param rates  supported rates, preferred first
 */
public record CaptureDevice(Mixer.Info mixer, List<Integer> rates) {
    public CaptureDevice {
        Objects.requireNonNull(mixer, "mixer");
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a capture device needs at least one usable rate");
        }
    }

    /** Name, vendor and version as the self-check and the capture metadata record them (R-QC-2). */
    public DeviceInfo info(DeviceInfo.Health health, String detail) {
        return new DeviceInfo(DeviceInfo.Kind.MICROPHONE, mixer.getVendor(), mixer.getName() + " — " + mixer.getDescription(),
                "", mixer.getVersion(), health, detail);
    }
}
