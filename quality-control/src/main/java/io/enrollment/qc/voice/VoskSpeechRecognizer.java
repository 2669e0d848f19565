package io.enrollment.qc.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * {@link SpeechRecognizer} over Vosk (Kaldi) with a model directory the administrator installs, e.g.
 * {@code vosk-model-small-ru}. Loading a model takes a second or more and about its size in memory:
 * open once, recognise many, close.
 */
public final class VoskSpeechRecognizer implements SpeechRecognizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Model model;

    private VoskSpeechRecognizer(Model model) {
        this.model = model;
    }

    /**
     * Opens the model in {@code directory}.
     *
     * @throws SpeechRecognitionException when the directory is missing, does not hold a Kaldi/Vosk model,
     *                                    the native library does not load, or the model does not load
     */
    public static VoskSpeechRecognizer open(Path directory) throws SpeechRecognitionException {
        checkLooksLikeModel(directory);
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return new VoskSpeechRecognizer(new Model(directory.toString()));
        } catch (IOException e) {
            throw new SpeechRecognitionException("speech model in " + directory + " failed to load: " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new SpeechRecognitionException("the Vosk native library does not load on this machine: " + e.getMessage(), e);
        }
    }

    /** The structural test run before the native loader sees the directory. */
    static void checkLooksLikeModel(Path directory) throws SpeechRecognitionException {
        if (!Files.isDirectory(directory)) {
            throw new SpeechRecognitionException("speech model directory " + directory + " does not exist");
        }
        if (!Files.isRegularFile(directory.resolve("am/final.mdl")) && !Files.isRegularFile(directory.resolve("final.mdl"))) {
            throw new SpeechRecognitionException(directory + " is not a Vosk model: no am/final.mdl");
        }
        if (!Files.isDirectory(directory.resolve("conf")) && !Files.isRegularFile(directory.resolve("mfcc.conf"))) {
            throw new SpeechRecognitionException(directory + " is not a Vosk model: no conf/");
        }
    }

    @Override
    public Transcript recognise(short[] pcm, int rate, List<String> grammar) throws SpeechRecognitionException {
        try (Recognizer r = grammar.isEmpty() ? new Recognizer(model, rate) : new Recognizer(model, rate, grammarJson(grammar))) {
            r.setWords(true);
            int chunk = rate / 5;
            for (int i = 0; i < pcm.length; i += chunk) {
                short[] part = java.util.Arrays.copyOfRange(pcm, i, Math.min(pcm.length, i + chunk));
                r.acceptWaveForm(part, part.length);
            }
            return parseResult(r.getFinalResult());
        } catch (IOException e) {
            throw new SpeechRecognitionException("recogniser failed to start: " + e.getMessage(), e);
        }
    }

    /** The grammar as Vosk wants it: a JSON array of the allowed words plus {@code [unk]}. */
    static String grammarJson(List<String> words) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        words.forEach(a::add);
        a.add("[unk]");
        return a.toString();
    }

    /** Parses Vosk's final result ({@code {"result":[{"conf":…,"word":…}, …], "text":…}}). */
    static Transcript parseResult(String json) throws SpeechRecognitionException {
        try {
            JsonNode root = JSON.readTree(json);
            List<Transcript.Word> words = new ArrayList<>();
            JsonNode result = root.path("result");
            if (result.isArray()) {
                for (JsonNode w : result) {
                    words.add(new Transcript.Word(w.path("word").asText(), Math.max(0, Math.min(1, w.path("conf").asDouble(0)))));
                }
            } else if (!root.path("text").asText("").isBlank()) {
                for (String w : root.path("text").asText().trim().split("\\s+")) {
                    words.add(new Transcript.Word(w, 0));
                }
            }
            return new Transcript(words);
        } catch (IOException e) {
            throw new SpeechRecognitionException("recogniser returned unreadable output", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
