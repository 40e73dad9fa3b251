package org.dixit.lang;

import java.util.Set;

/**
 * Tells French from English by counting frequent function words in the first few thousand
 * characters. Enough for a two-language archive; returns the default when unsure.
 */
public final class LanguageGuesser {
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "une", "est", "et", "que", "qui",
            "dans", "pour", "pas", "sur", "au", "avec", "il", "elle", "a", "ont", "sont", "d", "l", "qu", "en");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "is", "was", "that", "for", "on", "with",
            "he", "she", "it", "are", "were", "has", "have", "by", "said", "in", "at", "from", "this", "an");
    private static final int SAMPLE = 4000;

    /** "fr" or "en", or {@code fallback} when the sample has too few function words to tell. */
    public String guess(String text, String fallback) {
        int fr = 0;
        int en = 0;
        int n = Math.min(text.length(), SAMPLE);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (FR.contains(w)) {
                    fr++;
                }
                if (EN.contains(w)) {
                    en++;
                }
            }
        }
        if (fr + en < 3) {
            return fallback;
        }
        return fr >= en ? "fr" : "en";
    }
}
