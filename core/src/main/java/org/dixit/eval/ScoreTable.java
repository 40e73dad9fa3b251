package org.dixit.eval;

import java.util.Locale;
import java.util.Map;

/** Formats {@link Scores} as a plain-text table. */
public final class ScoreTable {

    /** The table for one threshold. */
    public String format(Scores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Quotes matched when a prediction covers > %.0f%% of a gold quote (%d articles)%n",
                s.threshold() * 100, s.articles()));
        b.append(String.format(Locale.ROOT, "%-10s %6s %6s %7s %7s %7s %7s %9s %7s%n", "type", "gold", "pred", "matched",
                "P", "R", "F1", "speaker", "type"));
        row(b, "all", s.overall());
        for (Map.Entry<String, Counts> e : s.byType().entrySet()) {
            if (e.getValue().gold() > 0 || e.getValue().predicted() > 0) {
                row(b, e.getKey(), e.getValue());
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-10s %6d %6d %7d %7.3f %7.3f %7.3f %9.3f %7.3f%n", name, c.gold(),
                c.predicted(), c.matchedGold(), c.precision(), c.recall(), c.f1(), c.speakerAccuracy(), c.typeAccuracy()));
    }
}
