package io.enrollment.devices.fingerprint.protocol;

import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerException.Reason;

/**
 * Reads packets from a {@link SerialLink}, resynchronising on the {@code EF 01} header: bytes that do not start
 * a plausible packet for the expected address (garbage, the tail of a broken packet) are skipped and counted.
 * A packet with a wrong checksum is consumed whole and reported, so the next read starts at the next packet.
 */
public final class PacketReader {
    private final SerialLink link;
    private final int address;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long skippedBytes;
    private long checksumErrors;

    public PacketReader(SerialLink link, int address) {
        this.link = link;
        this.address = address;
    }

    /**
     * The next valid packet.
     *
     * @param timeoutMillis longest silence accepted before and within the packet
     * @throws ScannerException TIMEOUT on silence, CHECKSUM on a corrupt packet, DISCONNECTED when the port goes away
     */
    public Packet read(int timeoutMillis) throws ScannerException {
        while (true) {
            ensure(Packet.PREFIX_LENGTH, timeoutMillis);
            int p = position;
            if ((buffer[p] & 0xFF) != Packet.HEADER_HI || (buffer[p + 1] & 0xFF) != Packet.HEADER_LO) {
                skip(1);
                continue;
            }
            int addr = ((buffer[p + 2] & 0xFF) << 24) | ((buffer[p + 3] & 0xFF) << 16) | ((buffer[p + 4] & 0xFF) << 8)
                    | (buffer[p + 5] & 0xFF);
            PacketType type = PacketType.fromCode(buffer[p + 6] & 0xFF);
            int length = ((buffer[p + 7] & 0xFF) << 8) | (buffer[p + 8] & 0xFF);
            if (addr != address || type == null || length < 3 || length > Packet.MAX_PAYLOAD + 2) {
                skip(1);
                continue;
            }
            ensure(Packet.PREFIX_LENGTH + length, timeoutMillis);
            int payloadLength = length - 2;
            int start = position + Packet.PREFIX_LENGTH;
            int expected = Packet.checksum(type.code(), length, buffer, start, payloadLength);
            int actual = ((buffer[start + payloadLength] & 0xFF) << 8) | (buffer[start + payloadLength + 1] & 0xFF);
            byte[] payload = new byte[payloadLength];
            System.arraycopy(buffer, start, payload, 0, payloadLength);
            position += Packet.PREFIX_LENGTH + length;
            if (expected != actual) {
                checksumErrors++;
                throw new ScannerException(Reason.CHECKSUM, String.format(
                        "%s packet from the scanner failed its checksum (0x%04X, expected 0x%04X)", type, actual, expected));
            }
            return new Packet(addr, type, payload);
        }
    }

    /**
     * Discards whatever arrives until the line has been quiet for {@code quietMillis} (at most {@code maxMillis}),
     * so that a retry starts clean after a broken transfer.
     *
     * @return bytes discarded
     */
    public int drain(int quietMillis, int maxMillis) throws ScannerException {
        int discarded = limit - position;
        position = 0;
        limit = 0;
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            int n = link.read(buffer, 0, buffer.length, quietMillis);
            if (n == 0) {
                break;
            }
            discarded += n;
        }
        return discarded;
    }

    /** Bytes skipped while looking for a packet header since this reader was made. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Packets dropped for a wrong checksum since this reader was made. */
    public long checksumErrors() {
        return checksumErrors;
    }

    private void skip(int n) {
        position += n;
        skippedBytes += n;
    }

    private void ensure(int count, int timeoutMillis) throws ScannerException {
        if (limit - position >= count) {
            return;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < count) {
            int n = link.read(buffer, limit, buffer.length - limit, timeoutMillis);
            if (n == 0) {
                throw new ScannerException(Reason.TIMEOUT, "no data from the scanner on " + link.path() + " for "
                        + timeoutMillis + " ms");
            }
            limit += n;
        }
    }
}
