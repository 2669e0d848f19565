package io.enrollment.app.capture;

import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.devices.audio.AudioDeviceException;
import io.enrollment.devices.audio.Microphone;
import io.enrollment.devices.audio.Recording;
import io.enrollment.devices.audio.Take;
import io.enrollment.qc.voice.CaptureEvidence;
import java.util.function.DoubleConsumer;

/**
 * Records through a device-drivers {@link Microphone} until Stop or the maximum length (two seconds per
 * prompt symbol plus three), passing the live level on, and keeps the driver's evidence of drop-outs.
 */
public final class MicrophoneRecorder implements VoiceRecorder {
    /** Opens the microphone for one take. */
    @FunctionalInterface
    public interface Opener {
        Microphone open(VoicePrompt prompt) throws AudioDeviceException, CaptureException;
    }

    private final Opener opener;
    private final String description;
    private volatile boolean stopRequested;

    public MicrophoneRecorder(Opener opener, String description) {
        this.opener = opener;
        this.description = description;
    }

    @Override
    public VoiceTake record(VoicePrompt prompt, DoubleConsumer level) throws CaptureException {
        stopRequested = false;
        try {
            Microphone mic = opener.open(prompt);
            Recording r = mic.start(l -> level.accept(l.peakDbfs()), 2.0 * prompt.length() + 3);
            while (!r.finished() && !stopRequested) {
                Thread.sleep(20);
            }
            Take t = r.stop();
            return new VoiceTake(t.wav(), t.device(), new CaptureEvidence(t.lostMillis(), t.interrupted(), t.reason()));
        } catch (AudioDeviceException e) {
            throw new CaptureException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException("recording interrupted", e);
        }
    }

    @Override
    public void stop() {
        stopRequested = true;
    }

    @Override
    public String description() {
        return description;
    }
}
