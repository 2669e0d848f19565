package io.enrollment.devices.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A WAV file played as a capture line in real time, for the demo and tests: frames become available at
 * the file's rate from {@link #start()}, the line buffer holds what {@link #open(AudioFormat, int)} asked
 * for, and audio not read in time is dropped and counted in the frame position, exactly like a device
 * that overruns. Delivers 16-bit little-endian mono PCM (channels averaged); ends when the file does.
 */
public final class WavFileLine implements TargetDataLine, FiniteSource {
    /** Longest file accepted, seconds (bounds memory). */
    static final double MAX_SECONDS = 600;

    private final byte[] pcm;
    private final AudioFormat format;
    private final DataLine.Info info;
    private final List<LineListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private int bufferBytes;
    private boolean open;
    private boolean running;
    private long runNanosBefore;
    private long startedAt;
    private long readBytes;

    private WavFileLine(byte[] pcm, AudioFormat format) {
        this.pcm = pcm;
        this.format = format;
        this.info = new DataLine.Info(TargetDataLine.class, format);
    }

    /**
     * Loads {@code file}.
     *
     * @throws AudioDeviceException when it is not a WAV the JDK can convert to 16-bit PCM, is below 16 kHz,
     *                              or is longer than {@value #MAX_SECONDS} s
     */
    public static WavFileLine of(Path file) throws AudioDeviceException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat src = in.getFormat();
            if (src.getSampleRate() < CaptureFormat.MIN_RATE) {
                throw new AudioDeviceException(file + " is " + (int) src.getSampleRate() + " Hz; a microphone must deliver at least "
                        + CaptureFormat.MIN_RATE + " Hz");
            }
            if (in.getFrameLength() > MAX_SECONDS * src.getFrameRate() || Files.size(file) > MAX_SECONDS * 48000 * 8) {
                throw new AudioDeviceException(file + " is longer than " + (int) MAX_SECONDS + " s");
            }
            AudioFormat wide = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, src.getSampleRate(), 16, src.getChannels(),
                    2 * src.getChannels(), src.getSampleRate(), false);
            byte[] interleaved;
            try (AudioInputStream conv = AudioSystem.getAudioInputStream(wide, in)) {
                interleaved = conv.readAllBytes();
            }
            return new WavFileLine(mixToMono(interleaved, src.getChannels()), CaptureFormat.pcm16Mono((int) src.getSampleRate()));
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new AudioDeviceException("cannot play " + file + " as a microphone: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AudioDeviceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] mixToMono(byte[] in, int channels) {
        if (channels == 1) {
            return in;
        }
        int frames = in.length / (2 * channels);
        byte[] out = new byte[frames * 2];
        for (int f = 0; f < frames; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int p = 2 * (f * channels + c);
                sum += (short) ((in[p] & 0xFF) | in[p + 1] << 8);
            }
            int v = sum / channels;
            out[2 * f] = (byte) v;
            out[2 * f + 1] = (byte) (v >> 8);
        }
        return out;
    }

    /** Bytes the "device" has captured so far (all of them once the file is over). */
    private long producedBytes() {
        long nanos = runNanosBefore + (running ? System.nanoTime() - startedAt : 0);
        long frames = (long) (nanos / 1e9 * format.getFrameRate());
        return Math.min(pcm.length, frames * 2);
    }

    /** Drops what the buffer cannot hold any more, like an overrunning device. */
    private void overrun(long produced) {
        if (produced - readBytes > bufferBytes) {
            readBytes = produced - bufferBytes;
            readBytes -= readBytes % 2;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len % 2 != 0) {
            throw new IllegalArgumentException("read length must be whole frames: " + len);
        }
        int done = 0;
        while (done < len) {
            long wait;
            synchronized (lock) {
                if (!open) {
                    return done;
                }
                long produced = producedBytes();
                overrun(produced);
                int n = (int) Math.min(len - done, produced - readBytes);
                if (n > 0) {
                    System.arraycopy(pcm, (int) readBytes, b, off + done, n);
                    readBytes += n;
                    done += n;
                    continue;
                }
                if (!running || produced >= pcm.length) {
                    return done;
                }
                wait = (long) ((len - done) / 2 / format.getFrameRate() * 1e9);
            }
            sleepNanos(Math.max(1_000_000, Math.min(wait, 20_000_000)));
        }
        return done;
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean exhausted() {
        synchronized (lock) {
            return readBytes >= pcm.length || (open && producedBytes() >= pcm.length && readBytes >= pcm.length);
        }
    }

    @Override
    public void open(AudioFormat requested, int bufferSize) {
        if (!requested.matches(format)) {
            throw new IllegalArgumentException("this file delivers " + format + ", not " + requested);
        }
        synchronized (lock) {
            bufferBytes = Math.max(2, bufferSize - bufferSize % 2);
            open = true;
        }
        fire(LineEvent.Type.OPEN);
    }

    @Override
    public void open(AudioFormat requested) {
        open(requested, CaptureFormat.bytes(format, CaptureFormat.BUFFER_SECONDS));
    }

    @Override
    public void open() {
        open(format);
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            startedAt = System.nanoTime();
        }
        fire(LineEvent.Type.START);
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            runNanosBefore += System.nanoTime() - startedAt;
            running = false;
        }
        fire(LineEvent.Type.STOP);
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!open) {
                return;
            }
            if (running) {
                runNanosBefore += System.nanoTime() - startedAt;
                running = false;
            }
            open = false;
        }
        fire(LineEvent.Type.CLOSE);
    }

    private void fire(LineEvent.Type type) {
        LineEvent e = new LineEvent(this, type, getLongFramePosition());
        listeners.forEach(l -> l.update(e));
    }

    @Override
    public void drain() {
        // nothing is queued for output
    }

    @Override
    public void flush() {
        synchronized (lock) {
            readBytes = Math.max(readBytes, producedBytes());
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    @Override
    public boolean isActive() {
        return isRunning();
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public int getBufferSize() {
        return bufferBytes;
    }

    @Override
    public int available() {
        synchronized (lock) {
            long produced = producedBytes();
            overrun(produced);
            return (int) (produced - readBytes);
        }
    }

    @Override
    public int getFramePosition() {
        return (int) getLongFramePosition();
    }

    @Override
    public long getLongFramePosition() {
        synchronized (lock) {
            return producedBytes() / 2;
        }
    }

    @Override
    public long getMicrosecondPosition() {
        return (long) (getLongFramePosition() / format.getFrameRate() * 1e6);
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public Line.Info getLineInfo() {
        return info;
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return open;
        }
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("a file line has no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeLineListener(LineListener listener) {
        listeners.remove(listener);
    }
}
