package io.enrollment.devices.fingerprint.protocol;

/** Packet identifiers (PID) of the R30x/AS608 protocol. */
public enum PacketType {
    COMMAND(0x01),
    DATA(0x02),
    ACK(0x07),
    END_OF_DATA(0x08);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this PID, or null when the byte is no valid PID (then the header was garbage). */
    static PacketType fromCode(int code) {
        for (PacketType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
