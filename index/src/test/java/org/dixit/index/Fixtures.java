package org.dixit.index;

import java.util.ArrayList;
import java.util.List;
import org.dixit.model.Article;
import org.dixit.model.ArticleDate;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.DateGranularity;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;

/** Builds real articles with real quotes (offsets computed from the text) for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A date at the granularity its form implies ("2019", "2019-02", "2019-02-20"). */
    public static ArticleDate date(String iso) {
        if (iso == null) {
            return null;
        }
        DateGranularity g = iso.length() == 4 ? DateGranularity.YEAR : iso.length() == 7 ? DateGranularity.MONTH
                : iso.length() == 10 ? DateGranularity.DAY : DateGranularity.MINUTE;
        return new ArticleDate(iso, g);
    }

    /** An article builder: add quotes that occur in its text, then {@link Builder#build()}. */
    public static Builder article(String id, String date, String source, String lang, String text) {
        return new Builder(new Article(id, date(date), "Title of " + id, source, "https://example.org/" + id, lang, text));
    }

    /** Accumulates quotes of one article. */
    public static final class Builder {
        private final Article article;
        private final List<Quote> quotes = new ArrayList<>();

        Builder(Article article) {
            this.article = article;
        }

        /** A quote: {@code content} must occur in the text; the speaker (if any) too, or it gets no span. */
        public Builder quote(String content, QuoteType type, String speaker) {
            return quote(content, type, speaker, null, null);
        }

        /** A quote with the speaker's role and gender. */
        public Builder quote(String content, QuoteType type, String speaker, String role, String gender) {
            int start = article.text().indexOf(content);
            if (start < 0) {
                throw new IllegalArgumentException("not in the text: " + content);
            }
            int ss = speaker == null ? -1 : article.text().indexOf(speaker);
            quotes.add(new Quote(start, start + content.length(), content, type, speaker, speaker,
                    ss, ss < 0 ? -1 : ss + speaker.length(), "a déclaré", -1, -1, 0.9, gender, role,
                    new Evidence("test.rule", List.of("name '" + speaker + "'"))));
            return this;
        }

        /** The article with its quotes in text order. */
        public ArticleQuotes build() {
            List<Quote> sorted = new ArrayList<>(quotes);
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return new ArticleQuotes(article, sorted);
        }
    }
}
