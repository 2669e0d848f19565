package io.enrollment.signing.pkcs11;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.NativeLongByReference;

/**
 * The few PKCS#11 (v2.40) functions this module calls directly, bound with JNA to the symbols
 * every PKCS#11 library exports. Structures use the platform's default alignment, which is the
 * PKCS#11 layout on Linux and macOS (Windows modules use 1-byte packing: not supported here).
 */
interface Cryptoki extends Library {

    NativeLong C_Initialize(Pointer initArgs);

    NativeLong C_GetSlotList(byte tokenPresent, Pointer slotList, NativeLongByReference count);

    NativeLong C_GetSlotInfo(NativeLong slotId, Pointer info);

    NativeLong C_GetTokenInfo(NativeLong slotId, Pointer info);

    NativeLong C_GetMechanismList(NativeLong slotId, Pointer mechanisms, NativeLongByReference count);

    NativeLong C_OpenSession(NativeLong slotId, NativeLong flags, Pointer application, Pointer notify,
                             NativeLongByReference session);

    NativeLong C_CloseSession(NativeLong session);

    NativeLong C_CloseAllSessions(NativeLong slotId);

    NativeLong C_Login(NativeLong session, NativeLong userType, byte[] pin, NativeLong pinLength);

    NativeLong C_Logout(NativeLong session);

    NativeLong C_FindObjectsInit(NativeLong session, Attribute[] template, NativeLong count);

    NativeLong C_FindObjects(NativeLong session, Pointer objects, NativeLong maxCount, NativeLongByReference count);

    NativeLong C_FindObjectsFinal(NativeLong session);

    NativeLong C_GetAttributeValue(NativeLong session, NativeLong object, Attribute[] template, NativeLong count);

    NativeLong C_SignInit(NativeLong session, Mechanism mechanism, NativeLong key);

    NativeLong C_Sign(NativeLong session, byte[] data, NativeLong dataLength, byte[] signature,
                      NativeLongByReference signatureLength);

    /** CK_C_INITIALIZE_ARGS. */
    @Structure.FieldOrder({"createMutex", "destroyMutex", "lockMutex", "unlockMutex", "flags", "reserved"})
    class InitArgs extends Structure {
        public Pointer createMutex;
        public Pointer destroyMutex;
        public Pointer lockMutex;
        public Pointer unlockMutex;
        public NativeLong flags = new NativeLong(0);
        public Pointer reserved;
    }

    /** CK_ATTRIBUTE. */
    @Structure.FieldOrder({"type", "value", "valueLength"})
    class Attribute extends Structure {
        public NativeLong type = new NativeLong(0);
        public Pointer value;
        public NativeLong valueLength = new NativeLong(0);
    }

    /** CK_MECHANISM. */
    @Structure.FieldOrder({"mechanism", "parameter", "parameterLength"})
    class Mechanism extends Structure {
        public NativeLong mechanism = new NativeLong(0);
        public Pointer parameter;
        public NativeLong parameterLength = new NativeLong(0);
    }
}
