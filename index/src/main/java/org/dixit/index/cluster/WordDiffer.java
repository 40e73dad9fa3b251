package org.dixit.index.cluster;

import java.util.ArrayList;
import java.util.List;
import org.dixit.index.WordDiff;
import org.dixit.index.WordDiff.Change;
import org.dixit.index.WordDiff.Kind;
import org.dixit.index.WordDiff.Part;

/**
 * Word-level difference between two reports of a quotation (longest common subsequence over
 * normalised words, shown with the words as written).
 */
public final class WordDiffer {
    /** Longer texts are compared on their first words only, to bound the quadratic table. */
    private static final int MAX_WORDS = 1500;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private WordDiffer() {
    }

    /** The difference of {@code other} against the {@code reference} (first) appearance. */
    public static WordDiff diff(String reference, String other) {
        if (reference.strip().equals(other.strip())) {
            return new WordDiff(Kind.IDENTICAL, 0, 0, List.of());
        }
        List<String[]> a = displayWords(reference);
        List<String[]> b = displayWords(other);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i)[1].equals(b.get(j)[1]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int removed = 0;
        int added = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i)[1].equals(b.get(j)[1])) {
                append(parts, Change.KEPT, b.get(j)[0]);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(parts, Change.REMOVED, a.get(i)[0]); // removals before additions: "cela" → "ce"
                removed++;
                i++;
            } else {
                append(parts, Change.ADDED, b.get(j)[0]);
                added++;
                j++;
            }
        }
        Kind kind = removed == 0 && added == 0 ? Kind.REPUNCTUATED
                : added == 0 ? Kind.SHORTENED : removed == 0 ? Kind.EXTENDED : Kind.REWORDED;
        return new WordDiff(kind, removed, added, parts);
    }

    /** Words split on spaces: {as written without surrounding punctuation, normalised}. */
    private static List<String[]> displayWords(String text) {
        List<String[]> out = new ArrayList<>();
        for (String raw : SPACES.split(text.strip())) {
            if (out.size() >= MAX_WORDS) {
                break;
            }
            String shown = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            String key = String.join(" ", QuoteNormalizer.words(shown.isEmpty() ? raw : shown));
            if (!key.isEmpty()) {
                out.add(new String[] {shown, key});
            }
        }
        return out;
    }

    private static void append(List<Part> parts, Change change, String word) {
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).change() == change) {
            parts.set(last, new Part(change, parts.get(last).text() + " " + word));
        } else {
            parts.add(new Part(change, word));
        }
    }
}
