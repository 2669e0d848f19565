package io.enrollment.signing.pkcs11;

import java.util.Map;

/** PKCS#11 constants used by this module, including the TC 26 (Russian) vendor-defined ones. */
public final class Pkcs11Constants {
    private Pkcs11Constants() {
    }

    // return values
    public static final long CKR_OK = 0x0;
    public static final long CKR_SLOT_ID_INVALID = 0x3;
    public static final long CKR_GENERAL_ERROR = 0x5;
    public static final long CKR_DEVICE_ERROR = 0x30;
    public static final long CKR_DEVICE_MEMORY = 0x31;
    public static final long CKR_DEVICE_REMOVED = 0x32;
    public static final long CKR_KEY_HANDLE_INVALID = 0x60;
    public static final long CKR_MECHANISM_INVALID = 0x70;
    public static final long CKR_OBJECT_HANDLE_INVALID = 0x82;
    public static final long CKR_PIN_INCORRECT = 0xA0;
    public static final long CKR_PIN_LOCKED = 0xA4;
    public static final long CKR_SESSION_CLOSED = 0xB0;
    public static final long CKR_SESSION_HANDLE_INVALID = 0xB3;
    public static final long CKR_TOKEN_NOT_PRESENT = 0xE0;
    public static final long CKR_TOKEN_NOT_RECOGNIZED = 0xE1;
    public static final long CKR_USER_ALREADY_LOGGED_IN = 0x100;
    public static final long CKR_USER_NOT_LOGGED_IN = 0x101;
    public static final long CKR_BUFFER_TOO_SMALL = 0x150;
    public static final long CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;

    // flags
    public static final long CKF_TOKEN_PRESENT = 0x1;
    public static final long CKF_OS_LOCKING_OK = 0x2;
    public static final long CKF_SERIAL_SESSION = 0x4;
    public static final long CKF_TOKEN_INITIALIZED = 0x400;
    public static final long CKF_USER_PIN_COUNT_LOW = 0x10000;
    public static final long CKF_USER_PIN_FINAL_TRY = 0x20000;
    public static final long CKF_USER_PIN_LOCKED = 0x40000;

    public static final long CKU_USER = 1;

    // object classes and attributes
    public static final long CKO_CERTIFICATE = 1;
    public static final long CKO_PRIVATE_KEY = 3;
    public static final long CKA_CLASS = 0x0;
    public static final long CKA_LABEL = 0x3;
    public static final long CKA_VALUE = 0x11;
    public static final long CKA_ID = 0x102;
    public static final long CKA_KEY_TYPE = 0x100;

    // mechanisms
    public static final long CKM_RSA_PKCS = 0x1;
    public static final long CKM_SHA256_RSA_PKCS = 0x40;
    public static final long CKM_ECDSA = 0x1041;
    public static final long CKM_ECDSA_SHA256 = 0x1044;
    /** GOST R 34.10 without hashing (2001 and 2012-256 keys): the caller passes the digest. */
    public static final long CKM_GOSTR3410 = 0x1201;
    /** TC 26 vendor-defined base (CKM_VENDOR_DEFINED | 0x54321000). */
    public static final long CK_VENDOR_PKCS11_RU_TEAM_TC26 = 0xD4321000L;
    /** GOST R 34.10-2012 512-bit, without hashing. */
    public static final long CKM_GOSTR3410_512 = CK_VENDOR_PKCS11_RU_TEAM_TC26 | 0x006;
    /** GOST R 34.10-2012 256-bit with Streebog-256 hashing on the token. */
    public static final long CKM_GOSTR3410_WITH_GOSTR3411_12_256 = CK_VENDOR_PKCS11_RU_TEAM_TC26 | 0x008;
    /** GOST R 34.10-2012 512-bit with Streebog-512 hashing on the token. */
    public static final long CKM_GOSTR3410_WITH_GOSTR3411_12_512 = CK_VENDOR_PKCS11_RU_TEAM_TC26 | 0x009;

    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(CKR_OK, "CKR_OK"),
            Map.entry(CKR_SLOT_ID_INVALID, "CKR_SLOT_ID_INVALID"),
            Map.entry(CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR"),
            Map.entry(CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR"),
            Map.entry(CKR_DEVICE_MEMORY, "CKR_DEVICE_MEMORY"),
            Map.entry(CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED"),
            Map.entry(CKR_KEY_HANDLE_INVALID, "CKR_KEY_HANDLE_INVALID"),
            Map.entry(CKR_MECHANISM_INVALID, "CKR_MECHANISM_INVALID"),
            Map.entry(CKR_OBJECT_HANDLE_INVALID, "CKR_OBJECT_HANDLE_INVALID"),
            Map.entry(CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT"),
            Map.entry(CKR_PIN_LOCKED, "CKR_PIN_LOCKED"),
            Map.entry(CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED"),
            Map.entry(CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID"),
            Map.entry(CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT"),
            Map.entry(CKR_TOKEN_NOT_RECOGNIZED, "CKR_TOKEN_NOT_RECOGNIZED"),
            Map.entry(CKR_USER_ALREADY_LOGGED_IN, "CKR_USER_ALREADY_LOGGED_IN"),
            Map.entry(CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN"),
            Map.entry(CKR_BUFFER_TOO_SMALL, "CKR_BUFFER_TOO_SMALL"),
            Map.entry(CKR_CRYPTOKI_ALREADY_INITIALIZED, "CKR_CRYPTOKI_ALREADY_INITIALIZED"));

    /** The CKR_ name of a return value, or its hex form. */
    public static String returnValueName(long rv) {
        String name = NAMES.get(rv);
        return name != null ? name : String.format("CKR 0x%X", rv);
    }

    /**
     * Whether a return value (or a CKR_ name in an exception message from SunPKCS11) means the token
     * or its session is gone: removed, not present, session closed or logged out underneath.
     */
    public static boolean meansTokenGone(long rv) {
        return rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_SESSION_CLOSED
                || rv == CKR_SESSION_HANDLE_INVALID || rv == CKR_USER_NOT_LOGGED_IN
                || rv == CKR_DEVICE_ERROR || rv == CKR_SLOT_ID_INVALID || rv == CKR_TOKEN_NOT_RECOGNIZED;
    }

    /** The CKR_ names for which {@link #meansTokenGone(long)} is true. */
    public static boolean nameMeansTokenGone(String text) {
        if (text == null) {
            return false;
        }
        for (Map.Entry<Long, String> e : NAMES.entrySet()) {
            if (meansTokenGone(e.getKey()) && text.contains(e.getValue())) {
                return true;
            }
        }
        return false;
    }
}
