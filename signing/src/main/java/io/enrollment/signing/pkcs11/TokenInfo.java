package io.enrollment.signing.pkcs11;

import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_USER_PIN_COUNT_LOW;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_USER_PIN_FINAL_TRY;
import static io.enrollment.signing.pkcs11.Pkcs11Constants.CKF_USER_PIN_LOCKED;

/**
 * The parts of CK_TOKEN_INFO this module uses.
 *
 * @param label         token label (trailing blanks removed)
 * @param manufacturer  manufacturer id
 * @param model         model
 * @param serialNumber  token serial number
 * @param flags         CK_FLAGS
 */
public record TokenInfo(String label, String manufacturer, String model, String serialNumber, long flags) {

    /** CKF_TOKEN_INITIALIZED: the token has been initialised (a blank card has not). */
    public boolean initialized() {
        return (flags & Pkcs11Constants.CKF_TOKEN_INITIALIZED) != 0;
    }

    /** CKF_USER_PIN_COUNT_LOW: a wrong PIN was entered since the last good one. */
    public boolean pinCountLow() {
        return (flags & CKF_USER_PIN_COUNT_LOW) != 0;
    }

    /** CKF_USER_PIN_FINAL_TRY: one more wrong PIN locks the token. */
    public boolean pinFinalTry() {
        return (flags & CKF_USER_PIN_FINAL_TRY) != 0;
    }

    /** CKF_USER_PIN_LOCKED. */
    public boolean pinLocked() {
        return (flags & CKF_USER_PIN_LOCKED) != 0;
    }

    /** "label (serial)" for messages and events. */
    public String describe() {
        return label + " (serial " + serialNumber + ")";
    }
}
