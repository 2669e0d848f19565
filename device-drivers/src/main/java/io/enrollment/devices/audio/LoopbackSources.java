package io.enrollment.devices.audio;

import java.util.List;
import java.util.Locale;

/**
 * Recognises capture sources that record the computer's own output instead of a microphone ("Monitor of
 * Built-in Audio", "Stereo Mix", "What U Hear", ALSA "Loopback", virtual cables): a recording from them
 * could be any file played back, so they are never offered.
 */
public final class LoopbackSources {
    private static final List<String> MARKERS = List.of("monitor of", ".monitor", "stereo mix", "what u hear",
            "wave out mix", "loopback", "virtual", "vb-audio", "cable output", "blackhole", "soundflower");

    private LoopbackSources() {
    }

    /** Whether a device with this name or description captures playback rather than a microphone. */
    public static boolean isLoopback(String name, String description) {
        String text = ((name == null ? "" : name) + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
        return MARKERS.stream().anyMatch(text::contains);
    }
}
