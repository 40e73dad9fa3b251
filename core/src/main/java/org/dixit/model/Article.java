package org.dixit.model;

import java.util.Objects;

/**
 * One news article as read from the input. Everything but {@code id} and {@code text} is optional
 * (null when unknown).
 *
 * @param id     stable identifier (from the input, or a hash of the text)
 * @param date   publication date, normalised, or null
 * @param title  headline, or null
 * @param source outlet, or null
 * @param url    address of the original, or null
 * @param lang   ISO 639-1 language code as given or detected, or null
 * @param text   the article body; every offset dixit reports points into it
 */
public record Article(String id, ArticleDate date, String title, String source, String url,
                      String lang, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A copy with the language set (after detection). */
    public Article withLang(String newLang) {
        return new Article(id, date, title, source, url, newLang, text);
    }
}
