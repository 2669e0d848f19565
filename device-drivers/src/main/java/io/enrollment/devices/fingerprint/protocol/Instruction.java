package io.enrollment.devices.fingerprint.protocol;

/** Instruction codes used by the driver and the emulator, and the confirmation codes they answer with. */
public final class Instruction {
    /** Capture a finger image into the image buffer. */
    public static final int GEN_IMG = 0x01;
    /** Upload the image buffer to the host as data packets. */
    public static final int UP_IMAGE = 0x0A;
    /** Read the system parameters. */
    public static final int READ_SYS_PARA = 0x0F;
    /** Verify the module password. */
    public static final int VFY_PWD = 0x13;
    /** Read product information (R50x family). */
    public static final int READ_PROD_INFO = 0x3C;

    /** Confirmation: command executed. */
    public static final int OK = 0x00;
    /** Confirmation: error when receiving the packet. */
    public static final int PACKET_ERROR = 0x01;
    /** Confirmation: no finger on the sensor. */
    public static final int NO_FINGER = 0x02;
    /** Confirmation: failed to enroll (capture) the finger image. */
    public static final int IMAGE_FAIL = 0x03;
    /** Confirmation: failed to transfer the following data packets. */
    public static final int TRANSFER_FAIL = 0x0E;
    /** Confirmation: wrong password. */
    public static final int WRONG_PASSWORD = 0x13;
    /** Confirmation: no valid image in the image buffer. */
    public static final int NO_IMAGE = 0x15;

    private Instruction() {
    }

    /** The documented meaning of a confirmation code, for error messages. */
    public static String describe(int confirmation) {
        switch (confirmation) {
            case OK:
                return "OK";
            case PACKET_ERROR:
                return "error receiving the packet";
            case NO_FINGER:
                return "no finger on the sensor";
            case IMAGE_FAIL:
                return "failed to capture the finger image";
            case TRANSFER_FAIL:
                return "failed to transfer the data packets";
            case WRONG_PASSWORD:
                return "wrong module password";
            case NO_IMAGE:
                return "no valid image in the image buffer";
            default:
                return String.format("confirmation code 0x%02X", confirmation);
        }
    }
}
