package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.ProductInfo;
import java.util.Objects;

/**
 * How the emulated module behaves.
 *
 * @param address         module address it answers to
 * @param password        module password
 * @param packetSizeCode  data packet size code: 0 = 32, 1 = 64, 2 = 128, 3 = 256 bytes
 * @param noFingerPolls   how many GenImg polls answer "no finger" before each finger arrives
 * @param fault           the fault to inject
 * @param faultCount      how many image transfers get the fault (then transfers are clean again)
 * @param productInfo     what ReadProdInfo answers; null to behave like an AS608 without that command
 */
public record EmulatorSettings(int address, int password, int packetSizeCode, int noFingerPolls, FaultMode fault,
                               int faultCount, ProductInfo productInfo) {
    public EmulatorSettings {
        if (packetSizeCode < 0 || packetSizeCode > 3) {
            throw new IllegalArgumentException("packet size code must be 0–3");
        }
        if (noFingerPolls < 0 || faultCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(fault, "fault");
    }

    /** An R30x-like module at factory settings: 128-byte packets, two "no finger" polls per capture, no faults. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(0xFFFFFFFF, 0, 2, 2, FaultMode.NONE, 0,
                new ProductInfo("R307-EMULATOR", "0001", "EMU00001", "1.0", "OPT-EMU", 256, 288));
    }

    public EmulatorSettings withFault(FaultMode mode, int count) {
        return new EmulatorSettings(address, password, packetSizeCode, noFingerPolls, mode, count, productInfo);
    }

    public EmulatorSettings withoutProductInfo() {
        return new EmulatorSettings(address, password, packetSizeCode, noFingerPolls, fault, faultCount, null);
    }

    public int packetSizeBytes() {
        return 32 << packetSizeCode;
    }
}
