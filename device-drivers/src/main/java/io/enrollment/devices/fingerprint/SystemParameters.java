package io.enrollment.devices.fingerprint;

/**
 * What ReadSysPara (0x0F) reports.
 *
 * @param statusRegister   busy / pass / password-verified / image-buffer-valid flags
 * @param systemId         system identifier code (0x0009 on most modules)
 * @param librarySize      template slots in the module's flash
 * @param securityLevel    1–5
 * @param address          module address
 * @param packetSizeBytes  data packet payload size: 32, 64, 128 or 256
 * @param baudRate         configured line speed (9 600 × N)
 */
public record SystemParameters(int statusRegister, int systemId, int librarySize, int securityLevel, int address,
                               int packetSizeBytes, int baudRate) {
    /** Decodes the 16 parameter bytes that follow the confirmation code. */
    public static SystemParameters decode(byte[] b, int offset) {
        if (b.length < offset + 16) {
            throw new IllegalArgumentException("system parameters need 16 bytes, got " + (b.length - offset));
        }
        int sizeCode = u16(b, offset + 12);
        if (sizeCode > 3) {
            throw new IllegalArgumentException("unknown data packet size code " + sizeCode);
        }
        return new SystemParameters(u16(b, offset), u16(b, offset + 2), u16(b, offset + 4), u16(b, offset + 6),
                ((b[offset + 8] & 0xFF) << 24) | ((b[offset + 9] & 0xFF) << 16) | ((b[offset + 10] & 0xFF) << 8)
                        | (b[offset + 11] & 0xFF), 32 << sizeCode, 9600 * u16(b, offset + 14));
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
