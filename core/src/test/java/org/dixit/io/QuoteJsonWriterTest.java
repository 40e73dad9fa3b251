package org.dixit.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

class QuoteJsonWriterTest {

    @Test
    void writesTheContractWithNullsForAbsentValues() {
        Article a = new Article("x", null, null, "La DH", null, "fr", "«Bonjour», dit-il.");
        Quote q = new Quote(1, 8, "Bonjour", QuoteType.DIRECT, null, "il", 14, 16, "dit", 11, 14, 0.5, null, null,
                new Evidence("direct.quote-then-cue", List.of("pronoun 'il'")));
        String line = new QuoteJsonWriter(true).line(new ArticleQuotes(a, List.of(q)));
        assertTrue(line.startsWith("{\"id\":\"x\",\"date\":null,\"lang\":\"fr\",\"source\":\"La DH\",\"text\":"), line);
        assertTrue(line.contains("\"speaker\":null,\"speaker_mention\":\"il\",\"speaker_start\":14"), line);
        assertTrue(line.contains("\"evidence\":{\"rule\":\"direct.quote-then-cue\",\"chain\":[\"pronoun 'il'\"]}"), line);
        assertTrue(!new QuoteJsonWriter(false).line(new ArticleQuotes(a, List.of())).contains("\"text\""));
    }
}
