package org.dixit.index.cluster;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a quote to the words that identify it across outlets: lower-case, accents folded,
 * punctuation and elided articles ({@code l'}, {@code d'}, {@code qu'}) dropped. Two reports of one
 * quotation that differ only in punctuation, case, typography or accents normalise to the same words.
 */
public final class QuoteNormalizer {
    /** Quotes shorter than this (in normalised words) never cluster: too many are common phrases. */
    public static final int MIN_WORDS = 5;
    /** Words per shingle used to find candidate pairs. */
    public static final int SHINGLE = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private QuoteNormalizer() {
    }

    /** The normalised words of a text, in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = folded.substring(start, i);
                boolean elided = i < n && (folded.charAt(i) == '\'' ) && i + 1 < n
                        && Character.isLetter(folded.charAt(i + 1)) && isElision(w);
                if (!elided) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The normalised form of one word or phrase: lower-case, accents and typographic apostrophes folded. */
    public static String fold(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'')
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isElision(String w) {
        return w.length() <= 2 || w.endsWith("qu");
    }

    /** Whether a quote of this type and these words takes part in clustering. */
    public static boolean eligible(boolean directOrMixed, List<String> words) {
        return directOrMixed && words.size() >= MIN_WORDS;
    }

    /**
     * The shingles of a word sequence as index terms: each run of {@link #SHINGLE} words hashed to
     * 8 bytes (collisions only cost a wasted comparison, never a wrong cluster).
     */
    public static List<byte[]> shingles(List<String> words) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = 0; k < SHINGLE; k++) {
                for (byte b : words.get(i + k).getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ (b & 0xff)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            byte[] term = new byte[8];
            for (int b = 0; b < 8; b++) {
                term[b] = (byte) (h >>> (56 - 8 * b));
            }
            out.add(term);
        }
        return out;
    }
}
