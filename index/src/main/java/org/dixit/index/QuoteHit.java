package org.dixit.index;

import java.util.Objects;
import org.dixit.model.Quote;

/**
 * One quote found by a search, with what a result list shows.
 *
 * @param quoteId     the quote's id ({@code articleId#position})
 * @param articleId   the article it is in ({@link QuoteArchive#article} gives the text and offsets)
 * @param score       relevance (0 when sorted by date)
 * @param quote       the quote as extracted: text, type, speaker as written, cue, offsets, evidence
 * @param date        article date (ISO prefix), or null
 * @param source      outlet, or null
 * @param title       headline, or null
 * @param url         address of the article, or null
 * @param lang        article language, or null
 * @param speakerId   the speaker entity's id, or null when the quote has no speaker
 * @param speakerName the speaker entity's name (may differ from {@code quote.speaker()}), or null
 * @param clusterId   the cluster of reports of this quotation, or null when reported once
 * @param clusterSize number of reports in the cluster (1 when none)
 */
public record QuoteHit(String quoteId, String articleId, float score, Quote quote, String date, String source,
                       String title, String url, String lang, String speakerId, String speakerName,
                       String clusterId, int clusterSize) {
    public QuoteHit {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
    }
}
