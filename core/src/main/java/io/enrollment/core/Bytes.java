package io.enrollment.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small helpers for the byte arrays that records carry: hashing and defensive copies. */
public final class Bytes {
    private Bytes() {
    }

    /** Lowercase hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Copy of a nullable array; records copy arrays in and out because they cannot protect them. */
    public static byte[] copy(byte[] data) {
        return data == null ? null : data.clone();
    }
}
