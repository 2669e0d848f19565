package io.enrollment.devices.audio;

import io.enrollment.core.sample.DeviceInfo;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;

/**
 * A take in progress: a reader thread pulls ~20 ms chunks from the line, feeds the level meter and keeps the
 * audio. Lost audio is detected two ways: the line's frame position running ahead of the frames read plus
 * those still buffered (an overrun), and the wall clock running ahead of the frames received (a stall or
 * a device that silently dropped out). Either, or the line stopping or closing by itself, marks the take
 * interrupted. {@link #stop()} ends it and returns the {@link Take}.
 */
public final class Recording {
    /** Audio lost beyond this tolerance (of scheduling jitter) marks the take interrupted. */
    static final double CLOCK_TOLERANCE_SECONDS = 0.25;
    /** Reads that return nothing for this long mean the device has stopped delivering. */
    static final double STALL_SECONDS = 0.5;

    private final TargetDataLine line;
    private final AudioFormat format;
    private final DeviceInfo device;
    private final LevelMeter meter;
    private final long maxFrames;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final Thread reader;
    private final LineListener lineListener = this::onLineEvent;
    private volatile long framesRead;
    private volatile long lostFrames;
    private volatile String interruption = "";
    private long startNanos;

    Recording(TargetDataLine line, DeviceInfo device, LevelListener listener, double maxSeconds) {
        this.line = line;
        this.format = line.getFormat();
        this.device = device;
        this.meter = new LevelMeter(listener, format.getFrameRate());
        this.maxFrames = Math.round(maxSeconds * format.getFrameRate());
        this.reader = new Thread(this::readLoop, "microphone-reader");
        this.reader.setDaemon(true);
    }

    void begin() {
        line.addLineListener(lineListener);
        startNanos = System.nanoTime();
        line.start();
        reader.start();
    }

    private void onLineEvent(LineEvent e) {
        if (!stopping.get() && (e.getType() == LineEvent.Type.CLOSE || e.getType() == LineEvent.Type.STOP)
                && !(line instanceof FiniteSource f && f.exhausted())) {
            interrupt("the microphone stopped delivering audio (" + e.getType() + "): disconnected?");
        }
    }

    private void readLoop() {
        int frameSize = format.getFrameSize();
        byte[] chunk = new byte[CaptureFormat.bytes(format, CaptureFormat.CHUNK_SECONDS)];
        long lastDataNanos = System.nanoTime();
        while (!stopping.get() && framesRead < maxFrames) {
            int n;
            try {
                n = line.read(chunk, 0, chunk.length);
            } catch (IllegalStateException | IllegalArgumentException e) {
                interrupt("the microphone failed while recording: " + e.getMessage());
                break;
            }
            n -= n % frameSize;
            if (n > 0) {
                audio.write(chunk, 0, n);
                framesRead += n / frameSize;
                meter.accept(chunk, n);
                lastDataNanos = System.nanoTime();
                checkOverrun(frameSize);
            } else if (line instanceof FiniteSource f && f.exhausted()) {
                break;
            } else if (!line.isOpen()) {
                interrupt("the microphone line closed while recording: disconnected?");
                break;
            } else if ((System.nanoTime() - lastDataNanos) / 1e9 > STALL_SECONDS) {
                interrupt(String.format(Locale.ROOT, "no audio from the microphone for %.1f s", STALL_SECONDS));
                break;
            } else if (!stopping.get()) {
                sleepQuietly();
            }
        }
    }

    private void checkOverrun(int frameSize) {
        long position = line.getLongFramePosition();
        long buffered = line.available() / frameSize;
        long lost = position - framesRead - buffered;
        if (lost > 0 && lost > lostFrames) {
            lostFrames = lost;
            interrupt(String.format(Locale.ROOT, "%.0f ms of audio lost: the line overran (the computer did not read it in time)",
                    1000.0 * lost / format.getFrameRate()));
        }
    }

    private void interrupt(String reason) {
        if (interruption.isEmpty()) {
            interruption = reason;
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the take has already been interrupted (for the GUI while recording). */
    public boolean interrupted() {
        return !interruption.isEmpty();
    }

    /** Whether the reader has finished by itself (maximum length, end of a file, interruption). */
    public boolean finished() {
        return !reader.isAlive();
    }

    /** Seconds of audio received so far. */
    public double seconds() {
        return framesRead / format.getFrameRate();
    }

    /**
     * Stops the take, closes the line and returns what was recorded.
     *
     * @throws InterruptedException when the calling thread is interrupted while the reader finishes
     */
    public Take stop() throws InterruptedException {
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        stopping.set(true);
        line.stop();
        line.flush();
        reader.join(2000);
        line.removeLineListener(lineListener);
        line.close();
        long expected = Math.min(maxFrames, Math.round(wallSeconds * format.getFrameRate()));
        long missing = expected - framesRead;
        boolean finite = line instanceof FiniteSource f && f.exhausted();
        if (!finite && missing > CLOCK_TOLERANCE_SECONDS * format.getFrameRate() && missing > lostFrames) {
            lostFrames = missing;
            interrupt(String.format(Locale.ROOT, "%.0f ms of audio missing against the clock: the microphone dropped out",
                    1000.0 * missing / format.getFrameRate()));
        }
        byte[] pcm = audio.toByteArray();
        boolean broken = !interruption.isEmpty();
        DeviceInfo state = new DeviceInfo(device.kind(), device.vendor(), device.model(), device.serial(), device.driverVersion(),
                broken ? DeviceInfo.Health.DEGRADED : DeviceInfo.Health.OK,
                String.format(Locale.ROOT, "%d Hz, %d frames, %d lost%s", (int) format.getFrameRate(), framesRead, lostFrames,
                        broken ? "; " + interruption : ""));
        return new Take(WavWriter.pcm16Mono(pcm, pcm.length, (int) format.getFrameRate()), (int) format.getFrameRate(),
                framesRead, lostFrames, broken, interruption, state);
    }
}
