package org.dixit.model;

import java.util.List;
import java.util.Objects;

/**
 * The extraction result for one article: the article and its quotes in text order.
 *
 * @param article the article the quotes point into
 * @param quotes  quotes sorted by start offset
 */
public record ArticleQuotes(Article article, List<Quote> quotes) {
    public ArticleQuotes {
        Objects.requireNonNull(article, "article");
        quotes = List.copyOf(quotes);
    }
}
