package io.enrollment.qc.voice;

import io.enrollment.core.voice.RussianWords;
import io.enrollment.core.voice.VoicePrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-VOICE-8 and R-VOICE-11 from a speech recogniser: a pass constrained to the Russian names of digits
 * (and letters) gives the spoken sequence, compared with the prompt by edit distance (substitutions,
 * insertions, deletions; an unknown word counts as an insertion); an unconstrained pass gives the mean
 * word confidence, which is low when the language is not the model's.
 *
 * @param symbolErrors    edit distance between what was heard and the prompt
 * @param heard           the symbols heard, for the report (digits and letters only, never audio)
 * @param meanConfidence  mean word confidence of the unconstrained pass
 */
record SpokenContent(int symbolErrors, String heard, double meanConfidence) {

    static SpokenContent measure(SpeechRecognizer recognizer, Signal analysis, VoicePrompt prompt)
            throws SpeechRecognitionException {
        short[] pcm = new short[analysis.length()];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(analysis.samples[i] * 32768)));
        }
        boolean letters = prompt.symbols().stream().anyMatch(c -> !Character.isDigit(c));
        Transcript constrained = recognizer.recognise(pcm, analysis.rate, RussianWords.vocabulary(letters));
        List<Character> heard = new ArrayList<>();
        for (Transcript.Word w : constrained.words()) {
            Optional<Character> c = RussianWords.symbol(w.text());
            heard.add(c.orElse('?'));
        }
        Transcript free = recognizer.recognise(pcm, analysis.rate, List.of());
        StringBuilder h = new StringBuilder();
        heard.forEach(c -> h.append(h.length() == 0 ? "" : " ").append(c));
        return new SpokenContent(editDistance(heard, prompt.symbols()), h.toString(), free.meanConfidence());
    }

    static int editDistance(List<Character> a, List<Character> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
