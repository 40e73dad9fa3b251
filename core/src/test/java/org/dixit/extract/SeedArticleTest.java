package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dixit.model.Article;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

/**
 * The project's reference input: an agency dispatch quoting one man, named once and then called
 * "M. Tokaïev", "il", "le président", "le président kazakh".
 */
class SeedArticleTest {

    private static String seedText() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("kazakhstan-2022-01.txt")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return raw.substring("date 2022-01".length()).strip();
        }
    }

    @Test
    void everyQuotationIsFoundAndAttributedToTokaiev() throws IOException {
        String text = seedText();
        List<Quote> qs = DixitExtractor.create().extract(new Article("seed", null, null, null, null, "fr", text)).quotes();
        assertTrue(qs.size() >= 14, () -> "only " + qs.size() + " quotes: " + qs);
        for (Quote q : qs) {
            assertEquals("Kassym-Jomart Tokaïev", q.speaker(), () -> "wrong speaker for " + q);
            assertEquals(text.substring(q.start(), q.end()), q.text());
        }
        Set<QuoteType> types = qs.stream().map(Quote::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(QuoteType.DIRECT, QuoteType.MIXED, QuoteType.SELON)), types::toString);
    }

    @Test
    void lastQuoteGoesToTheSubjectNotToTheLastPersonNamed() throws IOException {
        String text = seedText();
        List<Quote> qs = DixitExtractor.create().extract(new Article("seed", null, null, null, null, "fr", text)).quotes();
        Quote last = qs.get(qs.size() - 1);
        assertTrue(last.text().startsWith("Il a répondu très rapidement"), last::text);
        assertEquals("Kassym-Jomart Tokaïev", last.speaker());
        assertEquals("a-t-il dit", last.cue());
    }
}
