package org.dixit.index.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteNormalizerTest {

    @Test
    void wordsIgnorePunctuationCaseAccentsAndElisions() {
        assertEquals(List.of("il", "faut", "les", "detruire", "et", "cela", "sera", "fait", "ici", "peu"),
                QuoteNormalizer.words("Il faut les détruire, et cela sera fait d’ici peu !"));
        assertEquals(QuoteNormalizer.words("« L'opération antiterroriste se poursuit »"),
                QuoteNormalizer.words("l’operation ANTITERRORISTE se poursuit..."));
    }

    @Test
    void onlyDirectOrMixedQuotesOfFiveWordsAreEligible() {
        List<String> five = QuoteNormalizer.words("un deux trois quatre cinq");
        assertTrue(QuoteNormalizer.eligible(true, five));
        assertFalse(QuoteNormalizer.eligible(false, five), "indirect and selon quotes do not cluster");
        assertFalse(QuoteNormalizer.eligible(true, five.subList(0, 4)));
    }

    @Test
    void shinglesAreStableAndWordOrderSensitive() {
        List<byte[]> a = QuoteNormalizer.shingles(List.of("a", "b", "c", "d"));
        assertEquals(2, a.size());
        assertTrue(Arrays.equals(a.get(0), QuoteNormalizer.shingles(List.of("a", "b", "c")).get(0)));
        assertFalse(Arrays.equals(a.get(0), QuoteNormalizer.shingles(List.of("b", "a", "c")).get(0)));
    }
}
