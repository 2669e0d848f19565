package io.enrollment.devices.fingerprint.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * One R30x/AS608 packet: {@code EF 01 | address (4) | PID (1) | length (2) | payload | checksum (2)}, where the
 * length counts the payload plus the checksum and the checksum is the 16-bit sum of PID, length and payload.
 *
 * @param address module address
 * @param type    packet identifier
 * @param payload instruction or confirmation code and parameters, or image data; copied in and out
 */
public record Packet(int address, PacketType type, byte[] payload) {
    public static final int HEADER_HI = 0xEF;
    public static final int HEADER_LO = 0x01;
    /** Header, address, PID and length. */
    public static final int PREFIX_LENGTH = 9;
    /** The largest payload the protocol allows (a 256-byte data packet). */
    public static final int MAX_PAYLOAD = 256;

    public Packet {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    /** Payload byte {@code i} as 0–255. */
    public int payloadByte(int i) {
        return payload[i] & 0xFF;
    }

    /** The 16-bit checksum over PID, length and payload. */
    public int checksum() {
        return checksum(type.code(), payload.length + 2, payload, 0, payload.length);
    }

    static int checksum(int pid, int length, byte[] data, int offset, int count) {
        int sum = pid + ((length >> 8) & 0xFF) + (length & 0xFF);
        for (int i = 0; i < count; i++) {
            sum += data[offset + i] & 0xFF;
        }
        return sum & 0xFFFF;
    }

    /** The bytes on the wire. */
    public byte[] encode() {
        int length = payload.length + 2;
        byte[] b = new byte[PREFIX_LENGTH + length];
        b[0] = (byte) HEADER_HI;
        b[1] = (byte) HEADER_LO;
        b[2] = (byte) (address >>> 24);
        b[3] = (byte) (address >>> 16);
        b[4] = (byte) (address >>> 8);
        b[5] = (byte) address;
        b[6] = (byte) type.code();
        b[7] = (byte) (length >> 8);
        b[8] = (byte) length;
        System.arraycopy(payload, 0, b, PREFIX_LENGTH, payload.length);
        int sum = checksum();
        b[b.length - 2] = (byte) (sum >> 8);
        b[b.length - 1] = (byte) sum;
        return b;
    }

    /** A command packet: the instruction code followed by its parameters. */
    public static Packet command(int address, int instruction, byte... parameters) {
        byte[] p = new byte[parameters.length + 1];
        p[0] = (byte) instruction;
        System.arraycopy(parameters, 0, p, 1, parameters.length);
        return new Packet(address, PacketType.COMMAND, p);
    }

    /** An acknowledge packet: the confirmation code followed by any returned data. */
    public static Packet ack(int address, int confirmation, byte... data) {
        byte[] p = new byte[data.length + 1];
        p[0] = (byte) confirmation;
        System.arraycopy(data, 0, p, 1, data.length);
        return new Packet(address, PacketType.ACK, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Packet p && address == p.address && type == p.type && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, type, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "Packet[" + type + ", " + payload.length + " bytes]";
    }
}
