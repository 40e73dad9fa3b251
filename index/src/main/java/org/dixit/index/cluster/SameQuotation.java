package org.dixit.index.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether two normalised quotes report the same quotation: the shorter one's words (and,
 * to check word order, its word pairs) must be contained in the longer one. This accepts exact,
 * re-punctuated, trimmed and shortened reports and near-identical wording with a changed word,
 * and rejects quotes that merely share a few words.
 */
public final class SameQuotation {
    /** Share of the shorter quote's words that must appear in the longer one. */
    public static final double WORD_CONTAINMENT = 0.8;
    /** Share of the shorter quote's adjacent word pairs that must appear in the longer one. */
    public static final double PAIR_CONTAINMENT = 0.6;

    private SameQuotation() {
    }

    /** True when {@code a} and {@code b} (normalised words) are reports of one quotation. */
    public static boolean test(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < QuoteNormalizer.MIN_WORDS) {
            return false;
        }
        if (containment(shorter, longer, 1) < WORD_CONTAINMENT) {
            return false;
        }
        return containment(shorter, longer, 2) >= PAIR_CONTAINMENT;
    }

    /** Share of the n-grams of {@code small} (as a multiset) found in {@code big}. */
    static double containment(List<String> small, List<String> big, int n) {
        int total = small.size() - n + 1;
        if (total <= 0) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= big.size(); i++) {
            counts.merge(gram(big, i, n), 1, Integer::sum);
        }
        int hit = 0;
        for (int i = 0; i < total; i++) {
            String g = gram(small, i, n);
            Integer c = counts.get(g);
            if (c != null && c > 0) {
                hit++;
                counts.put(g, c - 1);
            }
        }
        return (double) hit / total;
    }

    private static String gram(List<String> words, int i, int n) {
        return n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n));
    }
}
