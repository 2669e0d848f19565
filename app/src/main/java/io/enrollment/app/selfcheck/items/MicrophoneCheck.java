package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Microphone: opens at the format the profile requires (R-VOICE-2/3/5), and a short room sample has a low
 * enough noise floor and no clipping. Sources: {@code device:NAME} (a sound-card line, {@code default} for the
 * system's) or {@code file:WAV} (a recorded room sample, for the demo and tests).
 */
public final class MicrophoneCheck implements SelfCheckItem {
    private static final double FRAME_SECONDS = 0.02;
    private static final double SAMPLE_SECONDS = 1.0;

    private final String source;
    private final Profile profile;

    public MicrophoneCheck(String source, Profile profile) {
        this.source = source;
        this.profile = profile;
    }

    @Override
    public String id() {
        return "microphone";
    }

    private AudioFormat required() {
        return new AudioFormat((float) profile.threshold("voice.rate.min"), (int) profile.threshold("voice.bits.min"),
                (int) profile.threshold("voice.channels"), true, false);
    }

    @Override
    public ItemResult run() {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? "" : source.substring(0, colon);
        String where = colon < 0 ? source : source.substring(colon + 1);
        if (kind.equals("file")) {
            return file(new File(where));
        }
        if (kind.equals("device")) {
            return device(where);
        }
        return ItemResult.fail(id(), Finding.of("microphone.badSource", source), List.of(),
                Finding.of("microphone.remedy.fixSource"));
    }

    private ItemResult device(String name) {
        AudioFormat format = required();
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
        java.util.Optional<Mixer> mixer = name.equals("default") ? java.util.Optional.empty() : mixer(name);
        if (!name.equals("default") && mixer.isEmpty()) {
            return ItemResult.fail(id(), Finding.of("microphone.noSuchDevice", name),
                    List.of(Measurement.of("mixers", AudioSystem.getMixerInfo().length, "")),
                    Finding.of("microphone.remedy.connect"));
        }
        TargetDataLine line;
        try {
            line = mixer.isEmpty() ? (TargetDataLine) AudioSystem.getLine(info) : (TargetDataLine) mixer.get().getLine(info);
            line.open(format);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return ItemResult.fail(id(), Finding.of("microphone.noLine", name, describe(format), e.getMessage()),
                    List.of(Measurement.of("mixers", AudioSystem.getMixerInfo().length, "")),
                    Finding.of("microphone.remedy.connect"));
        }
        try {
            line.start();
            byte[] buffer = new byte[(int) (format.getFrameRate() * format.getFrameSize() * SAMPLE_SECONDS)];
            int read = 0;
            while (read < buffer.length) {
                int n = line.read(buffer, read, buffer.length - read);
                if (n <= 0) {
                    break;
                }
                read += n;
            }
            line.stop();
            return analyse(Arrays.copyOf(buffer, read), format, Finding.of("microphone.source.device", name));
        } finally {
            line.close();
        }
    }

    private static java.util.Optional<Mixer> mixer(String name) {
        for (Mixer.Info mi : AudioSystem.getMixerInfo()) {
            if (mi.getName().contains(name)) {
                return java.util.Optional.of(AudioSystem.getMixer(mi));
            }
        }
        return java.util.Optional.empty();
    }

    private ItemResult file(File wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav)) {
            AudioFormat f = in.getFormat();
            List<Measurement> m = formatMeasurements(f);
            AudioFormat req = required();
            if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || f.getSampleSizeInBits() < req.getSampleSizeInBits()
                    || f.getSampleRate() < req.getSampleRate() || f.getChannels() != req.getChannels()) {
                return ItemResult.fail(id(), Finding.of("microphone.wrongFormat", wav.getName(), describe(f), describe(req)), m,
                        Finding.of("microphone.remedy.format"));
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            int limit = (int) (f.getFrameRate() * f.getFrameSize() * SAMPLE_SECONDS * 5);
            int n;
            while (all.size() < limit && (n = in.read(b)) > 0) {
                all.write(b, 0, n);
            }
            return analyse(all.toByteArray(), f, Finding.of("microphone.source.file", wav.getName()));
        } catch (UnsupportedAudioFileException | IOException e) {
            return ItemResult.fail(id(), Finding.of("microphone.sampleUnreadable", wav, e.getMessage()), List.of(),
                    Finding.of("microphone.remedy.sample"));
        }
    }

    private static List<Measurement> formatMeasurements(AudioFormat f) {
        List<Measurement> m = new ArrayList<>();
        m.add(Measurement.of("rate", Math.round(f.getSampleRate()), "Hz"));
        m.add(Measurement.of("bits", f.getSampleSizeInBits(), "bit"));
        m.add(Measurement.of("channels", f.getChannels(), ""));
        return m;
    }

    /** Noise floor (10th percentile of 20 ms frame levels) and share of clipped samples; 16-bit only. */
    private ItemResult analyse(byte[] pcm, AudioFormat f, Finding what) {
        List<Measurement> m = formatMeasurements(f);
        int bytes = f.getSampleSizeInBits() / 8;
        int step = bytes * f.getChannels();
        int samples = pcm.length / step;
        if (samples < f.getSampleRate() * FRAME_SECONDS * 5) {
            return ItemResult.fail(id(), Finding.of("microphone.tooShort", what, samples), m,
                    Finding.of("microphone.remedy.muted"));
        }
        boolean big = f.isBigEndian();
        double fullScale = Math.pow(2, f.getSampleSizeInBits() - 1);
        int frame = (int) (f.getSampleRate() * FRAME_SECONDS);
        int frames = samples / frame;
        double[] levels = new double[frames];
        long clipped = 0;
        for (int fr = 0; fr < frames; fr++) {
            double sum = 0;
            for (int i = 0; i < frame; i++) {
                int off = (fr * frame + i) * step;
                double v = sample(pcm, off, bytes, big) / fullScale;
                sum += v * v;
                if (Math.abs(v) >= 0.999) {
                    clipped++;
                }
            }
            levels[fr] = 10 * Math.log10(Math.max(sum / frame, 1e-12));
        }
        Arrays.sort(levels);
        double floor = levels[(int) (frames * 0.1)];
        double clipShare = (double) clipped / (frames * (long) frame);
        double maxFloor = profile.threshold("selfcheck.microphone.noise.max.dbfs");
        double maxClip = profile.threshold("selfcheck.microphone.clipping.max");
        m.add(Measurement.against("noise floor", Math.round(floor * 10) / 10.0, "<= " + maxFloor, "dBFS"));
        m.add(Measurement.against("clipped", clipShare, "<= " + maxClip, "fraction"));
        if (floor <= -119) {
            return ItemResult.fail(id(), Finding.of("microphone.silence", what, Math.round(floor)), m,
                    Finding.of("microphone.remedy.unmute"));
        }
        if (floor > maxFloor) {
            return ItemResult.fail(id(), Finding.of("microphone.noisy", what, Math.round(floor), maxFloor), m,
                    Finding.of("microphone.remedy.noisy"));
        }
        if (clipShare > maxClip) {
            return ItemResult.fail(id(), Finding.of("microphone.clipping", what, clipShare), m,
                    Finding.of("microphone.remedy.gain"));
        }
        return ItemResult.ok(id(), Finding.of("microphone.ok", what, describe(f), Math.round(floor)), m);
    }

    private static double sample(byte[] b, int off, int bytes, boolean big) {
        if (bytes == 1) {
            return b[off];
        }
        int lo = big ? b[off + 1] & 0xff : b[off] & 0xff;
        int hi = big ? b[off] : b[off + 1];
        if (bytes == 2) {
            return (short) ((hi << 8) | lo);
        }
        int v = 0;
        for (int i = 0; i < bytes; i++) {
            int idx = big ? off + i : off + bytes - 1 - i;
            v = (v << 8) | (i == 0 ? b[idx] : b[idx] & 0xff);
        }
        return v;
    }

    private static Finding describe(AudioFormat f) {
        return f.getChannels() == 1 ? Finding.of("microphone.format.mono", Math.round(f.getSampleRate()), f.getSampleSizeInBits())
                : Finding.of("microphone.format.channels", Math.round(f.getSampleRate()), f.getSampleSizeInBits(), f.getChannels());
    }
}
