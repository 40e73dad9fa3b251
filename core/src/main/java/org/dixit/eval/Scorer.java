package org.dixit.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores predicted quotes against gold with the metric of the Gender Gap Tracker and the Radar de
 * Parité, so figures compare with theirs: within an article, a gold quote is matched by the
 * prediction covering the largest share of its characters if that share exceeds the threshold;
 * matching is one-to-one, largest shares first. Speaker accuracy is measured over matched pairs,
 * comparing canonical names after normalisation.
 */
public final class Scorer {
    private static final List<String> TYPES = List.of("direct", "mixed", "indirect", "selon");
    private static final Pattern TITLES = Pattern.compile("^(m\\.|mme|mlle|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|me)\\s+");
    private static final Pattern DETERMINERS = Pattern.compile("^(le|la|les|the)\\s+|^l['’]\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’«»\"“”‹›]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Scores every gold article (missing predictions count as no quotes). */
    public Scores score(List<Annotated> gold, List<Annotated> predicted, double threshold) {
        Map<String, Annotated> byId = new HashMap<>();
        for (Annotated p : predicted) {
            byId.put(p.id(), p);
        }
        int[] all = new int[6];
        Map<String, int[]> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new int[6]));
        List<String> errors = new ArrayList<>();
        java.util.Set<String> goldIds = new java.util.HashSet<>();
        for (Annotated g : gold) {
            goldIds.add(g.id());
            Annotated p = byId.get(g.id());
            List<Annotated.Span> preds = p == null ? List.of() : p.quotes();
            article(g, preds, threshold, all, perType, errors);
        }
        int unknown = 0;
        for (Annotated p : predicted) {
            if (!goldIds.contains(p.id())) {
                unknown++;
            }
        }
        Map<String, Counts> types = new LinkedHashMap<>();
        perType.forEach((t, c) -> types.put(t, counts(c)));
        return new Scores(threshold, counts(all), types, gold.size(), unknown, errors);
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    private void article(Annotated g, List<Annotated.Span> preds, double threshold, int[] all,
                         Map<String, int[]> perType, List<String> errors) {
        List<Annotated.Span> golds = g.quotes();
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            Annotated.Span a = golds.get(i);
            for (int j = 0; j < preds.size(); j++) {
                Annotated.Span b = preds.get(j);
                int overlap = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
                double share = (double) overlap / Math.max(1, a.length());
                if (share > threshold) {
                    candidates.add(new double[] {share, i, j});
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        int[] goldToPred = new int[golds.size()];
        int[] predToGold = new int[preds.size()];
        java.util.Arrays.fill(goldToPred, -1);
        java.util.Arrays.fill(predToGold, -1);
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (goldToPred[i] < 0 && predToGold[j] < 0) {
                goldToPred[i] = j;
                predToGold[j] = i;
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            Annotated.Span a = golds.get(i);
            int[] t = perType.computeIfAbsent(type(a.type()), k -> new int[6]);
            all[0]++;
            t[0]++;
            int j = goldToPred[i];
            if (j < 0) {
                errors.add(g.id() + "\tMISS\t" + a.type() + "\t" + a.speaker() + "\t" + snippet(a.text()));
                continue;
            }
            Annotated.Span b = preds.get(j);
            all[2]++;
            t[2]++;
            if (sameSpeaker(a.speaker(), b.speaker())) {
                all[4]++;
                t[4]++;
            } else {
                errors.add(g.id() + "\tSPEAKER\tgold=" + a.speaker() + "\tpred=" + b.speaker() + "\t" + b.rule() + "\t"
                        + snippet(a.text()));
            }
            if (a.type() != null && a.type().equals(b.type())) {
                all[5]++;
                t[5]++;
            } else {
                errors.add(g.id() + "\tTYPE\tgold=" + a.type() + "\tpred=" + b.type() + "\t" + snippet(a.text()));
            }
        }
        for (int j = 0; j < preds.size(); j++) {
            Annotated.Span b = preds.get(j);
            int[] t = perType.computeIfAbsent(type(b.type()), k -> new int[6]);
            all[1]++;
            t[1]++;
            if (predToGold[j] >= 0) {
                all[3]++;
                t[3]++;
            } else {
                errors.add(g.id() + "\tFALSE\t" + b.type() + "\t" + b.speaker() + "\t" + b.rule() + "\t" + snippet(b.text()));
            }
        }
    }

    private static String type(String t) {
        return t == null ? "unknown" : t;
    }

    private static String snippet(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() > 100 ? one.substring(0, 100) + "…" : one;
    }

    /** Speakers agree after case folding, accent stripping, title and leading-determiner stripping and separator folding. */
    public static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return normalise(a).equals(normalise(b));
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT).strip(), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = TITLES.matcher(s).replaceFirst("");
        // "la Nasa" and "Nasa" name the same organisation
        s = DETERMINERS.matcher(s).replaceFirst("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }
}
