package org.dixit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tok = new Tokenizer(Set.of("l'", "d'", "qu'", "jusqu'"), Set.of("-t-il", "-il", "-t-elle", "-elle"));

    private List<String> texts(String s) {
        return tok.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsElisionsAndInversions() {
        assertEquals(List.of("a", "-t-il", "dit", "qu'", "il", "viendrait"), texts("a-t-il dit qu'il viendrait"));
        assertEquals(List.of("l’", "ordre", "estime", "-t-elle"), texts("l’ordre estime-t-elle"));
        assertEquals("l'", tok.tokenize("l’ordre").get(0).norm());
    }

    @Test
    void keepsHyphenatedNamesNumbersAndQuotes() {
        assertEquals(List.of("Kassym-Jomart", "Tokaïev", ",", "20.000", "«", "bandits", "»"),
                texts("Kassym-Jomart Tokaïev, 20.000 «bandits»"));
        Token q = tok.tokenize("\"x\"").get(0);
        assertEquals(TokenKind.QUOTE, q.kind());
    }

    @Test
    void sentencesEndAfterClosingQuoteButNotAfterAbbreviations() {
        TextAnalysis doc = TextAnalysis.of("M. Tokaïev a parlé. \"Fin.\" Il est parti.\nNouveau paragraphe.", tok,
                Set.of("M."));
        assertEquals(4, doc.sentenceCount());
        assertEquals(1, doc.paragraphOf(doc.size() - 1));
    }
}
