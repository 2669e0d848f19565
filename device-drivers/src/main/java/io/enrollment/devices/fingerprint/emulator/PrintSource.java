package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.GreyImage;

/** Where the emulator's "finger images" come from. */
public interface PrintSource {
    /** The image for the next finger placed on the emulated sensor, already at sensor size. */
    GreyImage next(int width, int height);

    /** One line describing the source, for the emulator's start-up message. */
    String describe();
}
