package org.dixit.eval;

/**
 * Match counts for one slice of the evaluation (all quotes, or one quote type).
 *
 * @param gold           gold quotes
 * @param predicted      predicted quotes
 * @param matchedGold    gold quotes matched by a prediction (recall numerator)
 * @param matchedPred    predictions matched to a gold quote (precision numerator)
 * @param speakerCorrect matched pairs whose speakers agree
 * @param typeCorrect    matched pairs whose types agree
 */
public record Counts(int gold, int predicted, int matchedGold, int matchedPred, int speakerCorrect, int typeCorrect) {

    public double precision() {
        return predicted == 0 ? 0 : (double) matchedPred / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched pairs with the right speaker. */
    public double speakerAccuracy() {
        return matchedGold == 0 ? 0 : (double) speakerCorrect / matchedGold;
    }

    public double typeAccuracy() {
        return matchedGold == 0 ? 0 : (double) typeCorrect / matchedGold;
    }
}
