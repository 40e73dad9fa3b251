package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dixit.model.Article;
import org.dixit.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Texts cut anywhere between words, at either end: real input starts and stops mid-sentence
 * (snippets, truncated records), so a cue, a participle or a quotation mark may be the very first
 * or last token. Every cut must extract without failing, with every span inside the text.
 */
class TruncatedTextTest {
    private static final QuoteExtractor EXTRACTOR = DixitExtractor.create();

    /** Irish Times style sentences with the constructions the English rules handle. */
    private static final String ENGLISH = "Saying the talks had failed, Minister for Justice Charlie Flanagan has called on "
            + "the DUP to show \u201cleadership\u201d.\n"
            + "\u201cWe will deliver,\u201d Theresa May said. \u201cIt is the best deal,\u201d Mrs May added, "
            + "with the head of its legal department, Abdulla al-Naqbi, also saying the nation wants an \u201camicable "
            + "solution\u201d.\nAsadi was, according to Bavarian authorities, responsible for the surveillance. "
            + "Critics say the reforms favour powerful members, according to some sources.\n"
            + "Vous? \u201cYou have to be wilfully blind,\u201d the South Carolina senator said.\n"
            + "\u201cThe President will make announcements,\u201d government spokesman Benjamin Griveaux said.";

    @Test
    void frenchDispatchCutAnywhere() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("kazakhstan-2022-01.txt")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            everyCut("fr", raw.substring("date 2022-01".length()).strip());
        }
    }

    @Test
    void englishSentencesCutAnywhere() {
        everyCut("en", ENGLISH);
    }

    private static void everyCut(String lang, String text) {
        int cuts = 0;
        for (int i = 1; i < text.length(); i++) {
            boolean wordStart = Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i));
            if (wordStart) {
                check(lang, text.substring(i));
                check(lang, text.substring(0, i).stripTrailing());
                cuts++;
            }
        }
        assertTrue(cuts > 50, "too few cuts: " + cuts);
    }

    private static void check(String lang, String text) {
        java.util.List<Quote> quotes;
        try {
            quotes = EXTRACTOR.extract(new Article("cut", null, null, null, null, lang, text)).quotes();
        } catch (RuntimeException e) {
            throw new AssertionError("extraction failed on: " + text, e);
        }
        for (Quote q : quotes) {
            if (q.start() < 0 || q.end() > text.length() || q.start() > q.end()) {
                fail("span " + q.start() + "-" + q.end() + " outside a text of " + text.length() + ": " + q);
            }
            assertEquals(text.substring(q.start(), q.end()), q.text());
            if (q.speakerStart() >= 0) {
                assertTrue(q.speakerEnd() <= text.length(), q::toString);
            }
        }
    }
}
