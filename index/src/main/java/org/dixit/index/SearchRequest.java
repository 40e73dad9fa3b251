package org.dixit.index;

import org.dixit.model.QuoteType;

/**
 * A quote search: words and filters. Every filter is optional (null = no filter).
 * Build one with {@link #of(String)} and the {@code with…} methods.
 *
 * @param query      Lucene classic syntax over the quote text: words (all required by default),
 *                   {@code "phrases"}, {@code OR}, {@code -excluded}, {@code prefix*}; null, blank
 *                   or {@code *} matches every quote
 * @param speaker    a speaker entity id, a name or alias ("Castaner", "M. Castaner"), or words of
 *                   a name (every entity whose names contain them)
 * @param from       earliest date, inclusive: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param to         latest date, inclusive, same forms ({@code 2019-02} includes all of February)
 * @param source     outlet, case-insensitive exact match
 * @param type       quote type
 * @param lang       article language code ("fr", "en"); also restricts the words to that language's analysis
 * @param limit      hits to return (1..1000)
 * @param offset     hits to skip, for paging
 * @param sort       order of the hits
 * @param facetLimit values per facet (months are always all returned)
 */
public record SearchRequest(String query, String speaker, String from, String to, String source, QuoteType type,
                            String lang, int limit, int offset, Sort sort, int facetLimit) {
    /** Default number of hits. */
    public static final int DEFAULT_LIMIT = 20;
    /** Default number of values per facet. */
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchRequest {
        if (limit < 1 || limit > 1000) {
            throw new InvalidQueryException("limit must be between 1 and 1000, not " + limit);
        }
        if (offset < 0) {
            throw new InvalidQueryException("offset must not be negative");
        }
        if (facetLimit < 0) {
            throw new InvalidQueryException("facet limit must not be negative");
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Order of hits. */
    public enum Sort {
        /** Best match first (for an empty query: newest first). */
        RELEVANCE,
        /** Newest article first; undated last. */
        NEWEST,
        /** Oldest article first; undated last. */
        OLDEST
    }

    /** A request for these words, with no filter and default limits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, DEFAULT_LIMIT, 0, Sort.RELEVANCE,
                DEFAULT_FACET_LIMIT);
    }

    /** This request with a speaker filter. */
    public SearchRequest withSpeaker(String s) {
        return new SearchRequest(query, s, from, to, source, type, lang, limit, offset, sort, facetLimit);
    }

    /** This request with a date range (either bound may be null). */
    public SearchRequest withDates(String newFrom, String newTo) {
        return new SearchRequest(query, speaker, newFrom, newTo, source, type, lang, limit, offset, sort, facetLimit);
    }

    /** This request with a source filter. */
    public SearchRequest withSource(String s) {
        return new SearchRequest(query, speaker, from, to, s, type, lang, limit, offset, sort, facetLimit);
    }

    /** This request with a type filter. */
    public SearchRequest withType(QuoteType t) {
        return new SearchRequest(query, speaker, from, to, source, t, lang, limit, offset, sort, facetLimit);
    }

    /** This request with a language filter. */
    public SearchRequest withLang(String l) {
        return new SearchRequest(query, speaker, from, to, source, type, l, limit, offset, sort, facetLimit);
    }

    /** This request with another page. */
    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(query, speaker, from, to, source, type, lang, newLimit, newOffset, sort, facetLimit);
    }

    /** This request with another order. */
    public SearchRequest withSort(Sort s) {
        return new SearchRequest(query, speaker, from, to, source, type, lang, limit, offset, s, facetLimit);
    }

    /** This request with another number of values per facet. */
    public SearchRequest withFacetLimit(int n) {
        return new SearchRequest(query, speaker, from, to, source, type, lang, limit, offset, sort, n);
    }
}
