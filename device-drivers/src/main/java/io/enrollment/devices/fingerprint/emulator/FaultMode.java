package io.enrollment.devices.fingerprint.emulator;

import java.util.Locale;

/** Line faults the emulator can inject into image transfers. */
public enum FaultMode {
    NONE,
    /** One data packet goes out with a wrong checksum. */
    BAD_CHECKSUM,
    /** One data packet is not sent at all. */
    DROPPED_PACKET,
    /** The transfer stops half-way; the emulator waits for the next command. */
    STALL,
    /** Half of one data packet is sent, then the line goes quiet until the next command. */
    TRUNCATED_PACKET,
    /** Random bytes appear on the line before the acknowledgement and between data packets. */
    GARBAGE,
    /** The emulator never answers anything (a dead or wrong device on the port). */
    SILENCE;

    /**
     * Parses {@code bad-checksum}, {@code dropped-packet}, {@code stall}, {@code truncated-packet}, {@code garbage},
     * {@code silence}, {@code none}.
     */
    public static FaultMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault mode '" + text
                    + "' (none, bad-checksum, dropped-packet, stall, truncated-packet, garbage, silence)", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
