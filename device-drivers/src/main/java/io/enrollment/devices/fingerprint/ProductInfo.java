package io.enrollment.devices.fingerprint;

import java.nio.charset.StandardCharsets;

/**
 * What ReadProdInfo (0x3C) reports on the modules that have it (R50x; many AS608 clones do not).
 *
 * @param moduleType       model name, e.g. "R503"
 * @param batchNumber      production batch
 * @param serialNumber     module serial number
 * @param hardwareVersion  "major.minor"
 * @param sensorType       sensor model name
 * @param sensorWidth      image width in pixels
 * @param sensorHeight     image height in pixels
 */
public record ProductInfo(String moduleType, String batchNumber, String serialNumber, String hardwareVersion,
                          String sensorType, int sensorWidth, int sensorHeight) {
    /** Length of the product information block. */
    public static final int LENGTH = 46;

    public static ProductInfo decode(byte[] b, int o) {
        if (b.length < o + LENGTH) {
            throw new IllegalArgumentException("product information needs " + LENGTH + " bytes, got " + (b.length - o));
        }
        return new ProductInfo(ascii(b, o, 16), ascii(b, o + 16, 4), ascii(b, o + 20, 8),
                (b[o + 28] & 0xFF) + "." + (b[o + 29] & 0xFF), ascii(b, o + 30, 8),
                ((b[o + 38] & 0xFF) << 8) | (b[o + 39] & 0xFF), ((b[o + 40] & 0xFF) << 8) | (b[o + 41] & 0xFF));
    }

    /** The 46-byte block (template size and library size fields are written as given). */
    public byte[] encode(int templateSize, int librarySize) {
        byte[] b = new byte[LENGTH];
        put(b, 0, moduleType, 16);
        put(b, 16, batchNumber, 4);
        put(b, 20, serialNumber, 8);
        String[] hw = hardwareVersion.split("\\.");
        b[28] = (byte) Integer.parseInt(hw[0]);
        b[29] = (byte) (hw.length > 1 ? Integer.parseInt(hw[1]) : 0);
        put(b, 30, sensorType, 8);
        b[38] = (byte) (sensorWidth >> 8);
        b[39] = (byte) sensorWidth;
        b[40] = (byte) (sensorHeight >> 8);
        b[41] = (byte) sensorHeight;
        b[42] = (byte) (templateSize >> 8);
        b[43] = (byte) templateSize;
        b[44] = (byte) (librarySize >> 8);
        b[45] = (byte) librarySize;
        return b;
    }

    private static String ascii(byte[] b, int o, int n) {
        int end = o;
        while (end < o + n && b[end] != 0) {
            end++;
        }
        return new String(b, o, end - o, StandardCharsets.US_ASCII).trim();
    }

    private static void put(byte[] b, int o, String s, int n) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, b, o, Math.min(n, a.length));
    }
}
