package io.enrollment.devices.audio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line for tests on a machine without a sound card: delivers a 440 Hz tone in real time, then,
 * after {@code faultAfterMillis}, fails the way a real device does: {@link Fault#UNPLUG} closes the line
 * and fires CLOSE (a USB microphone pulled out), {@link Fault#STALL} keeps the line open but delivers
 * nothing more (a device that hangs).
 */
final class ScriptedToneLine implements TargetDataLine {
    enum Fault { NONE, UNPLUG, STALL }

    private final AudioFormat format = CaptureFormat.pcm16Mono(16000);
    private final Fault fault;
    private final long faultAfterMillis;
    private final List<LineListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean open;
    private volatile boolean running;
    private long startNanos;
    private long delivered;

    ScriptedToneLine(Fault fault, long faultAfterMillis) {
        this.fault = fault;
        this.faultAfterMillis = faultAfterMillis;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int done = 0;
        while (done < len && open && running) {
            if (fault != Fault.NONE && elapsedMillis() >= faultAfterMillis) {
                if (fault == Fault.UNPLUG) {
                    open = false;
                    running = false;
                    fire(LineEvent.Type.STOP);
                    fire(LineEvent.Type.CLOSE);
                }
                return done;
            }
            long due = (System.nanoTime() - startNanos) * 16 / 1_000_000;
            if (delivered >= due) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return done;
                }
                continue;
            }
            short s = (short) (16000 * Math.sin(2 * Math.PI * 440 * delivered / 16000.0));
            b[off + done] = (byte) s;
            b[off + done + 1] = (byte) (s >> 8);
            done += 2;
            delivered++;
        }
        return done;
    }

    private void fire(LineEvent.Type t) {
        LineEvent e = new LineEvent(this, t, delivered);
        listeners.forEach(l -> l.update(e));
    }

    @Override
    public void open(AudioFormat f, int bufferSize) {
        open = true;
    }

    @Override
    public void open(AudioFormat f) {
        open = true;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public void start() {
        startNanos = System.nanoTime();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        open = false;
        running = false;
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public int getBufferSize() {
        return 6400;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public int getFramePosition() {
        return (int) delivered;
    }

    @Override
    public long getLongFramePosition() {
        return delivered;
    }

    @Override
    public long getMicrosecondPosition() {
        return delivered * 1_000_000 / 16000;
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public Line.Info getLineInfo() {
        return new DataLine.Info(TargetDataLine.class, format);
    }

    @Override
    public boolean isOpen() {
        return open;
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
        throw new IllegalArgumentException("no controls");
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
