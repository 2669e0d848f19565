package io.enrollment.signing.pkcs11;

import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_OS_LOCKING_OK;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_SERIAL_SESSION;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_TOKEN_PRESENT;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKR_CRYPTOKI_ALREADY_INITIALIZED;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKR_OK;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.NativeLongByReference;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Direct calls into a PKCS#11 library, for what SunPKCS11 does not expose: token flags (PIN
 * count-low / final-try / locked), slot presence, closing sessions, and signing with vendor
 * mechanisms (GOST R 34.10-2012 on Rutoken/JaCarta), see {@link RawPkcs11ContentSigner}.
 *
 * <p>The library is shared with SunPKCS11 when both load the same path in one process: this class
 * accepts {@code CKR_CRYPTOKI_ALREADY_INITIALIZED} and never calls {@code C_Finalize}.
 * Slot order is {@code C_GetSlotList(CK_FALSE)}, the same list SunPKCS11's
 * {@code slotListIndex} indexes.
 */
public final class RawPkcs11 {
    private static final int TOKEN_INFO_SIZE = 512;
    private static final int FLAGS_OFFSET = 96;

    private final Cryptoki api;
    private final Path library;

    private RawPkcs11(Cryptoki api, Path library) {
        this.api = api;
        this.library = library;
    }

    /**
     * Loads and initialises a PKCS#11 library.
     *
     * @throws SigningException NO_TOKEN when the file is missing or is not a PKCS#11 library
     */
    public static RawPkcs11 load(Path library) throws SigningException {
        Objects.requireNonNull(library, "library");
        if (!Files.isRegularFile(library)) {
            throw new SigningException(SigningError.NO_TOKEN,
                    "PKCS#11 library not found: " + library + " (install the token's driver or fix the path)");
        }
        Cryptoki api;
        try {
            api = Native.load(library.toAbsolutePath().toString(), Cryptoki.class);
        } catch (UnsatisfiedLinkError e) {
            throw new SigningException(SigningError.NO_TOKEN,
                    "cannot load PKCS#11 library " + library + ": " + e.getMessage(), e);
        }
        Cryptoki.InitArgs args = new Cryptoki.InitArgs();
        args.flags = new NativeLong(CKF_OS_LOCKING_OK);
        args.write();
        long rv = api.C_Initialize(args.getPointer()).longValue();
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
            throw new SigningException(SigningError.NO_TOKEN, "C_Initialize of " + library + " failed: "
                    + Pkcs11Constants.returnValueName(rv));
        }
        return new RawPkcs11(api, library);
    }

    /** The library path. */
    public Path library() {
        return library;
    }

    /** All slot ids, in the order SunPKCS11's slotListIndex uses. */
    public List<Long> slots() throws RawPkcs11Exception {
        NativeLongByReference count = new NativeLongByReference();
        check("C_GetSlotList", api.C_GetSlotList((byte) 0, null, count));
        int n = count.getValue().intValue();
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        Memory buf = new Memory((long) n * NativeLong.SIZE);
        check("C_GetSlotList", api.C_GetSlotList((byte) 0, buf, count));
        for (int i = 0; i < count.getValue().intValue(); i++) {
            ids.add(buf.getNativeLong((long) i * NativeLong.SIZE).longValue());
        }
        return ids;
    }

    /**
     * The slot id at a slot-list index.
     *
     * @throws SigningException NO_TOKEN when there is no such slot
     */
    public long slotAt(int slotListIndex) throws SigningException {
        List<Long> slots;
        try {
            slots = slots();
        } catch (RawPkcs11Exception e) {
            throw new SigningException(SigningError.NO_TOKEN, "cannot list PKCS#11 slots: " + e.getMessage(), e);
        }
        if (slotListIndex < 0 || slotListIndex >= slots.size()) {
            throw new SigningException(SigningError.NO_TOKEN, "no PKCS#11 slot at index " + slotListIndex
                    + " (the library " + library.getFileName() + " has " + slots.size() + " slots)");
        }
        return slots.get(slotListIndex);
    }

    /** Whether the slot reports a token present (CKF_TOKEN_PRESENT). */
    public boolean tokenPresent(long slot) {
        Memory info = new Memory(TOKEN_INFO_SIZE);
        long rv = api.C_GetSlotInfo(new NativeLong(slot), info).longValue();
        return rv == CKR_OK && (info.getNativeLong(FLAGS_OFFSET).longValue() & CKF_TOKEN_PRESENT) != 0;
    }

    /** CK_TOKEN_INFO of the token in a slot. */
    public TokenInfo tokenInfo(long slot) throws RawPkcs11Exception {
        Memory info = new Memory(TOKEN_INFO_SIZE);
        info.clear();
        check("C_GetTokenInfo", api.C_GetTokenInfo(new NativeLong(slot), info));
        return new TokenInfo(text(info, 0, 32), text(info, 32, 32), text(info, 64, 16), text(info, 80, 16),
                info.getNativeLong(FLAGS_OFFSET).longValue());
    }

    /** The slot-list index of the first slot whose token has this label, or -1. */
    public int slotIndexOfLabel(String label) throws RawPkcs11Exception {
        List<Long> slots = slots();
        for (int i = 0; i < slots.size(); i++) {
            if (tokenPresent(slots.get(i))) {
                try {
                    if (tokenInfo(slots.get(i)).label().equals(label)) {
                        return i;
                    }
                } catch (RawPkcs11Exception e) {
                    // an uninitialised or unreadable token in this slot: not the one we look for
                }
            }
        }
        return -1;
    }

    /** The mechanisms a slot's token supports. */
    public List<Long> mechanisms(long slot) throws RawPkcs11Exception {
        NativeLongByReference count = new NativeLongByReference();
        check("C_GetMechanismList", api.C_GetMechanismList(new NativeLong(slot), null, count));
        int n = count.getValue().intValue();
        List<Long> out = new ArrayList<>(n);
        if (n > 0) {
            Memory buf = new Memory((long) n * NativeLong.SIZE);
            check("C_GetMechanismList", api.C_GetMechanismList(new NativeLong(slot), buf, count));
            for (int i = 0; i < count.getValue().intValue(); i++) {
                out.add(buf.getNativeLong((long) i * NativeLong.SIZE).longValue());
            }
        }
        return out;
    }

    /** Opens a read-only serial session on a slot. */
    public RawSession openSession(long slot) throws RawPkcs11Exception {
        NativeLongByReference handle = new NativeLongByReference();
        check("C_OpenSession", api.C_OpenSession(new NativeLong(slot), new NativeLong(CKF_SERIAL_SESSION),
                null, null, handle));
        return new RawSession(api, slot, handle.getValue());
    }

    /**
     * Closes every session of this process on the slot, SunPKCS11's included, which also logs the
     * user out. Used to end a session for sure, and by tests to simulate the card being pulled.
     */
    public void closeAllSessions(long slot) throws RawPkcs11Exception {
        check("C_CloseAllSessions", api.C_CloseAllSessions(new NativeLong(slot)));
    }

    static void check(String function, NativeLong rv) throws RawPkcs11Exception {
        if (rv.longValue() != CKR_OK) {
            throw new RawPkcs11Exception(function, rv.longValue());
        }
    }

    private static String text(Memory m, int offset, int length) {
        return new String(m.getByteArray(offset, length), StandardCharsets.UTF_8).trim();
    }
}
