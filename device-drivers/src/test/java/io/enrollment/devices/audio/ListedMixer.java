package io.enrollment.devices.audio;

import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * A mixer for catalog tests (this machine has none): it has a name and description, supports capture lines
 * in the listed formats only, and hands out a {@link ScriptedToneLine}.
 */
final class ListedMixer implements Mixer {
    private final Mixer.Info info;
    private final List<AudioFormat> formats;

    ListedMixer(String name, String description, List<AudioFormat> formats) {
        this.info = new Mixer.Info(name, "test vendor", description, "1.0") { };
        this.formats = formats;
    }

    @Override
    public Mixer.Info getMixerInfo() {
        return info;
    }

    @Override
    public Line.Info[] getSourceLineInfo() {
        return new Line.Info[0];
    }

    @Override
    public Line.Info[] getTargetLineInfo() {
        return formats.stream().map(f -> new DataLine.Info(TargetDataLine.class, f)).toArray(Line.Info[]::new);
    }

    @Override
    public Line.Info[] getSourceLineInfo(Line.Info i) {
        return new Line.Info[0];
    }

    @Override
    public Line.Info[] getTargetLineInfo(Line.Info i) {
        return getTargetLineInfo();
    }

    @Override
    public boolean isLineSupported(Line.Info i) {
        if (!(i instanceof DataLine.Info d) || !TargetDataLine.class.equals(d.getLineClass())) {
            return false;
        }
        for (AudioFormat wanted : d.getFormats()) {
            if (formats.stream().anyMatch(f -> f.matches(wanted))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Line getLine(Line.Info i) {
        if (!isLineSupported(i)) {
            throw new IllegalArgumentException("not supported: " + i);
        }
        return new ScriptedToneLine(ScriptedToneLine.Fault.NONE, 0);
    }

    @Override
    public int getMaxLines(Line.Info i) {
        return isLineSupported(i) ? 1 : 0;
    }

    @Override
    public Line[] getSourceLines() {
        return new Line[0];
    }

    @Override
    public Line[] getTargetLines() {
        return new Line[0];
    }

    @Override
    public void synchronize(Line[] lines, boolean maintainSync) {
        throw new IllegalArgumentException("no synchronisation");
    }

    @Override
    public void unsynchronize(Line[] lines) {
    }

    @Override
    public boolean isSynchronizationSupported(Line[] lines, boolean maintainSync) {
        return false;
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(Mixer.class);
    }

    @Override
    public void open() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isOpen() {
        return true;
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
    }

    @Override
    public void removeLineListener(LineListener listener) {
    }
}
