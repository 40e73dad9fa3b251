package org.dixit.extract;

import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * Finds and attributes every quotation of an article. Implementations are immutable and
 * thread-safe: one instance serves all worker threads.
 */
public interface QuoteExtractor {

    /**
     * Extracts the quotes of one article.
     *
     * @param article the article; its {@code lang} chooses the grammar when set
     * @return the article with its quotes sorted by start offset
     */
    ArticleQuotes extract(Article article);
}
