package io.enrollment.devices.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.devices.fingerprint.ScannerException.Reason;
import io.enrollment.devices.fingerprint.protocol.Instruction;
import io.enrollment.devices.fingerprint.protocol.Packet;
import io.enrollment.devices.fingerprint.protocol.PacketReader;
import io.enrollment.devices.fingerprint.protocol.PacketType;
import io.enrollment.devices.fingerprint.protocol.SerialLink;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The packet format and the reader's resynchronisation, on bytes held in memory (the same reader runs over real
 * ptys in {@code ScannerOverPtyIT}).
 */
class PacketReaderTest {
    /** Serves fixed bytes, a few at a time, then reports silence. */
    private static final class BytesInMemory implements SerialLink {
        private final byte[] data;
        private int at;

        BytesInMemory(byte[] data) {
            this.data = data;
        }

        @Override
        public int read(byte[] buffer, int offset, int length, int timeoutMillis) {
            int n = Math.min(Math.min(length, 7), data.length - at);
            System.arraycopy(data, at, buffer, offset, n);
            at += n;
            return n;
        }

        @Override
        public void write(byte[] d) {
        }

        @Override
        public String path() {
            return "memory";
        }

        @Override
        public void close() {
        }
    }

    private static final int ADDRESS = 0xFFFFFFFF;

    @Test
    void encodesTheDocumentedVfyPwdPacket() {
        byte[] wire = Packet.command(ADDRESS, Instruction.VFY_PWD, (byte) 0, (byte) 0, (byte) 0, (byte) 0).encode();
        // EF01 FFFFFFFF 01 0007 13 00000000 001B: the example of the R30x manual
        assertArrayEquals(new byte[] {(byte) 0xEF, 0x01, -1, -1, -1, -1, 0x01, 0x00, 0x07, 0x13, 0, 0, 0, 0, 0x00, 0x1B}, wire);
    }

    @Test
    void resynchronisesOnTheHeaderAfterGarbageAndFakeHeaders() throws Exception {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(new byte[] {0x13, 0x55, (byte) 0xEF, 0x01, 0x12, 0x34, 0x56, 0x78, 0x02, 0x00});
        Packet ack = Packet.ack(ADDRESS, Instruction.OK, (byte) 9);
        s.writeBytes(ack.encode());
        s.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xEF, 0x01});
        Packet data = new Packet(ADDRESS, PacketType.END_OF_DATA, new byte[] {1, 2, 3});
        s.writeBytes(data.encode());
        PacketReader r = new PacketReader(new BytesInMemory(s.toByteArray()), ADDRESS);
        assertEquals(ack, r.read(100));
        assertEquals(data, r.read(100));
        assertEquals(13, r.skippedBytes());
    }

    @Test
    void badChecksumIsReportedAndTheNextPacketStillReads() throws Exception {
        byte[] bad = Packet.ack(ADDRESS, Instruction.OK).encode();
        bad[bad.length - 1] ^= 1;
        Packet good = Packet.ack(ADDRESS, Instruction.NO_FINGER);
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(bad);
        s.writeBytes(good.encode());
        PacketReader r = new PacketReader(new BytesInMemory(s.toByteArray()), ADDRESS);
        ScannerException e = assertThrows(ScannerException.class, () -> r.read(100));
        assertEquals(Reason.CHECKSUM, e.reason());
        assertEquals(good, r.read(100));
        assertEquals(1, r.checksumErrors());
    }

    @Test
    void silenceAndTruncatedPacketsTimeOut() {
        byte[] whole = Packet.ack(ADDRESS, Instruction.OK, new byte[16]).encode();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 5);
        ScannerException e = assertThrows(ScannerException.class,
                () -> new PacketReader(new BytesInMemory(truncated), ADDRESS).read(50));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals(Reason.TIMEOUT, assertThrows(ScannerException.class,
                () -> new PacketReader(new BytesInMemory(new byte[0]), ADDRESS).read(50)).reason());
    }

    @Test
    void systemParametersAndNibblesDecode() {
        byte[] p = {0, 4, 0, 9, 0x01, 0x2C, 0, 3, -1, -1, -1, -1, 0, 2, 0, 6};
        SystemParameters s = SystemParameters.decode(p, 0);
        assertEquals(300, s.librarySize());
        assertEquals(128, s.packetSizeBytes());
        assertEquals(57_600, s.baudRate());
        GreyImage g = ImageNibbles.unpack(new byte[] {(byte) 0xF0, 0x1E}, 2, 2);
        assertArrayEquals(new byte[] {(byte) 255, 0, 17, (byte) 238}, g.pixels());
        assertArrayEquals(new byte[] {(byte) 0xF0, 0x1E}, ImageNibbles.pack(g));
    }
}
