package org.dixit.index;

import java.util.Objects;
import org.dixit.model.QuoteType;

/**
 * One report of a quotation in a cluster.
 *
 * @param quoteId   the quote's id
 * @param articleId its article
 * @param date      article date (ISO prefix), or null
 * @param source    outlet, or null
 * @param title     headline, or null
 * @param url       address, or null
 * @param speaker   the speaker as this article attributes it, or null (attributions may differ between reports)
 * @param speakerId the speaker entity, or null
 * @param type      direct or mixed
 * @param text      the quote exactly as this outlet printed it
 * @param diff      its wording against the first appearance (IDENTICAL for the first itself)
 */
public record Appearance(String quoteId, String articleId, String date, String source, String title, String url,
                         String speaker, String speakerId, QuoteType type, String text, WordDiff diff) {
    public Appearance {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(diff, "diff");
    }
}
