package io.enrollment.qc.face.model;

import java.util.Arrays;

/**
 * The expression network's class probabilities for one face, in the network's order: neutral, happy, sad,
 * angry, fearful, disgusted, surprised (they sum to 1).
 */
public final class ExpressionScores {
    public static final int NEUTRAL = 0;
    public static final int HAPPY = 1;
    static final int CLASSES = 7;

    private final float[] probabilities;

    ExpressionScores(float[] probabilities) {
        if (probabilities.length != CLASSES) {
            throw new IllegalArgumentException("expected " + CLASSES + " class probabilities, got " + probabilities.length);
        }
        this.probabilities = probabilities.clone();
    }

    /** Probability of class {@code index}. */
    public double probability(int index) {
        return probabilities[index];
    }

    /** Probability that the face smiles ("happy"). */
    public double happy() {
        return probabilities[HAPPY];
    }

    @Override
    public String toString() {
        return "ExpressionScores" + Arrays.toString(probabilities);
    }
}
