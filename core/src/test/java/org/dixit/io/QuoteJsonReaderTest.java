package org.dixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dixit.model.Article;
import org.dixit.model.ArticleDate;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.DateGranularity;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

class QuoteJsonReaderTest {
    private static final String TEXT = "« Il faut les détruire », a déclaré M. Tokaïev 🙂. Selon la police, tout va bien.";

    private final List<Article> articles = new ArrayList<>();
    private final List<ArticleQuotes> extracted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private static ArticleQuotes sample() {
        Article a = new Article("kz", new ArticleDate("2022-01", DateGranularity.MONTH), "Titre", "AFP",
                "https://example.org/kz", "fr", TEXT);
        int s1 = TEXT.indexOf("Il faut");
        int m = TEXT.indexOf("M. Tokaïev");
        // code points: the emoji before the second quote counts as one
        int s2 = TEXT.codePointCount(0, TEXT.indexOf("tout va bien"));
        return new ArticleQuotes(a, List.of(
                new Quote(s1, s1 + 20, "Il faut les détruire", QuoteType.DIRECT, "Kassym-Jomart Tokaïev", "M. Tokaïev",
                        m, m + 10, "a déclaré", m - 10, m - 1, 0.95, "m", "président",
                        new Evidence("direct.quote-then-cue", List.of("name 'M. Tokaïev'", "same person"))),
                new Quote(s2, s2 + 12, "tout va bien", QuoteType.SELON, "la police", "la police", -1, -1, "Selon",
                        -1, -1, 0.8, null, null, new Evidence("selon", List.of()))));
    }

    private void read(String jsonl) {
        new ArticleReader(2_000_000, null, rejections::add,
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), extracted::add)
                .read(List.of("-"), articles::add);
    }

    @Test
    void extractedOutputReadsBackAsItWasWritten() {
        ArticleQuotes aq = sample();
        String plain = "{\"id\":\"plain\",\"text\":\"Un article sans citations.\",\"lang\":\"fr\"}";
        read(new QuoteJsonWriter(true).line(aq) + "\n" + plain + "\n");
        assertEquals(List.of(aq), extracted);
        assertEquals(1, articles.size(), "a line without quotes is an ordinary article");
        assertEquals("plain", articles.get(0).id());
        assertTrue(rejections.isEmpty(), rejections.toString());
    }

    @Test
    void quotesThatDoNotPointAtTheirTextRejectTheLineOnly() {
        String good = new QuoteJsonWriter(true).line(sample());
        String shifted = good.replace("\"id\":\"kz\"", "\"id\":\"kz2\"").replace("\"start\":2,", "\"start\":3,");
        String badType = good.replace("\"id\":\"kz\"", "\"id\":\"kz3\"").replace("\"type\":\"selon\"", "\"type\":\"rumour\"");
        String beyond = good.replace("\"id\":\"kz\"", "\"id\":\"kz4\"").replace("\"end\":22,", "\"end\":9999,");
        read(shifted + "\n" + badType + "\n" + beyond + "\n" + good + "\n");
        assertEquals(1, extracted.size());
        assertEquals(3, rejections.size(), rejections.toString());
        assertEquals("-:1 [kz2]: quote 1: \"text\" is not the article text at 3..22", rejections.get(0).describe());
        assertEquals("-:2 [kz3]: quote 2: unknown type \"rumour\"", rejections.get(1).describe());
        assertTrue(rejections.get(2).reason().contains("beyond the text"), rejections.get(2).reason());
    }

    @Test
    void withoutAnExtractedSinkQuotesAreIgnored() {
        List<Article> plain = new ArrayList<>();
        new ArticleReader(2_000_000, null, rejections::add, new ByteArrayInputStream(
                (new QuoteJsonWriter(true).line(sample()) + "\n").getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), plain::add);
        assertEquals(List.of(sample().article()), plain);
    }
}
