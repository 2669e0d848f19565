package io.enrollment.devices.audio;

/**
 * Receives the level meter every ~50 ms while recording, on the recording thread: implementations must
 * return quickly (hand the value to the GUI thread; a slow listener makes the line overrun).
 */
@FunctionalInterface
public interface LevelListener {
    void onLevel(AudioLevel level);

    LevelListener NONE = level -> { };
}
