package io.enrollment.signing.pkcs11;

import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKR_BUFFER_TOO_SMALL;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKR_OK;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKR_USER_ALREADY_LOGGED_IN;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKU_USER;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.NativeLongByReference;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One PKCS#11 session opened through {@link RawPkcs11}. Not thread-safe: a PKCS#11 session runs
 * one operation at a time, so callers serialise (the content signer synchronises on it).
 */
public final class RawSession implements AutoCloseable {
    private final Cryptoki api;
    private final long slot;
    private final NativeLong handle;
    private boolean closed;

    RawSession(Cryptoki api, long slot, NativeLong handle) {
        this.api = api;
        this.slot = slot;
        this.handle = handle;
    }

    /** The slot this session is on. */
    public long slot() {
        return slot;
    }

    /**
     * Logs the user in. Already being logged in (another session of this process did it) is fine.
     * The PIN bytes are wiped after the call; the caller wipes its char array.
     */
    public void login(char[] pin) throws RawPkcs11Exception {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            long rv = api.C_Login(handle, new NativeLong(CKU_USER), bytes, new NativeLong(bytes.length)).longValue();
            if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
                throw new RawPkcs11Exception("C_Login", rv);
            }
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Handles of objects whose attributes equal the given (type, value) pairs. */
    public List<Long> findObjects(long[] types, byte[][] values) throws RawPkcs11Exception {
        Cryptoki.Attribute[] template = (Cryptoki.Attribute[]) new Cryptoki.Attribute().toArray(types.length);
        List<Memory> keep = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Memory m = new Memory(Math.max(1, values[i].length));
            m.write(0, values[i], 0, values[i].length);
            keep.add(m);
            template[i].type = new NativeLong(types[i]);
            template[i].value = m;
            template[i].valueLength = new NativeLong(values[i].length);
            template[i].write();
        }
        RawPkcs11.check("C_FindObjectsInit", api.C_FindObjectsInit(handle, template, new NativeLong(types.length)));
        List<Long> found = new ArrayList<>();
        try {
            Memory buf = new Memory(16L * NativeLong.SIZE);
            NativeLongByReference count = new NativeLongByReference();
            while (true) {
                RawPkcs11.check("C_FindObjects", api.C_FindObjects(handle, buf, new NativeLong(16), count));
                int n = count.getValue().intValue();
                for (int i = 0; i < n; i++) {
                    found.add(buf.getNativeLong((long) i * NativeLong.SIZE).longValue());
                }
                if (n == 0) {
                    break;
                }
            }
        } finally {
            api.C_FindObjectsFinal(handle);
        }
        keep.clear();
        return found;
    }

    /** The value of one attribute of an object. */
    public byte[] attribute(long object, long type) throws RawPkcs11Exception {
        Cryptoki.Attribute[] template = (Cryptoki.Attribute[]) new Cryptoki.Attribute().toArray(1);
        template[0].type = new NativeLong(type);
        template[0].value = null;
        template[0].write();
        RawPkcs11.check("C_GetAttributeValue",
                api.C_GetAttributeValue(handle, new NativeLong(object), template, new NativeLong(1)));
        template[0].read();
        int length = template[0].valueLength.intValue();
        if (length <= 0) {
            return new byte[0];
        }
        Memory value = new Memory(length);
        template[0].value = value;
        template[0].write();
        RawPkcs11.check("C_GetAttributeValue",
                api.C_GetAttributeValue(handle, new NativeLong(object), template, new NativeLong(1)));
        template[0].read();
        return value.getByteArray(0, template[0].valueLength.intValue());
    }

    /** C_SignInit + C_Sign (single part) with a mechanism that takes no parameter. */
    public synchronized byte[] sign(long mechanism, long key, byte[] data) throws RawPkcs11Exception {
        Cryptoki.Mechanism mech = new Cryptoki.Mechanism();
        mech.mechanism = new NativeLong(mechanism);
        RawPkcs11.check("C_SignInit", api.C_SignInit(handle, mech, new NativeLong(key)));
        NativeLongByReference length = new NativeLongByReference(new NativeLong(512));
        byte[] signature = new byte[512];
        long rv = api.C_Sign(handle, data, new NativeLong(data.length), signature, length).longValue();
        if (rv == CKR_BUFFER_TOO_SMALL) {
            signature = new byte[length.getValue().intValue()];
            rv = api.C_Sign(handle, data, new NativeLong(data.length), signature, length).longValue();
        }
        if (rv != CKR_OK) {
            throw new RawPkcs11Exception("C_Sign", rv);
        }
        return Arrays.copyOf(signature, length.getValue().intValue());
    }

    /** Logs out (all sessions of this process on the token) without closing the session. */
    public void logout() {
        api.C_Logout(handle);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            api.C_CloseSession(handle);
        }
    }
}
