package io.enrollment.devices.audio;

import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Mixer;

/** Where the catalog finds mixers: the JDK's {@link AudioSystem}, or a given list. */
public interface MixerSource {
    List<Mixer> mixers();

    /** The mixers of this computer's sound system. */
    static MixerSource system() {
        return () -> Arrays.stream(AudioSystem.getMixerInfo()).map(AudioSystem::getMixer).toList();
    }
}
