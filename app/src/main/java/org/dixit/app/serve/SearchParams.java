package org.dixit.app.serve;

import io.javalin.http.BadRequestResponse;
import java.util.Locale;
import java.util.function.Function;
import org.dixit.index.SearchRequest;
import org.dixit.model.QuoteType;

/**
 * Turns the query-string parameters of a search ({@code q, speaker, from, to, source, type, lang,
 * limit, offset, sort, facets}) into a {@link SearchRequest}, with the HTTP API's bounds: pages of
 * at most {@value #MAX_LIMIT} hits, no deeper than {@value #MAX_OFFSET} hits (deep pages cost the
 * server as much as all the pages before them). Anything malformed is a 400 with a message.
 */
public final class SearchParams {
    /** Most hits one request may ask for. */
    public static final int MAX_LIMIT = 100;
    /** Deepest offset a request may ask for. */
    public static final int MAX_OFFSET = 10_000;
    /** Most values per facet. */
    public static final int MAX_FACETS = 1000;

    private SearchParams() {
    }

    /**
     * Reads a search request.
     *
     * @param param        the request's query parameter by name (null when absent)
     * @param defaultLimit hits when {@code limit} is absent
     * @param defaultSort  order when {@code sort} is absent
     * @throws BadRequestResponse naming the parameter and what is wrong with it
     */
    public static SearchRequest read(Function<String, String> param, int defaultLimit, SearchRequest.Sort defaultSort) {
        int limit = integer(param, "limit", defaultLimit, 1, MAX_LIMIT);
        int offset = integer(param, "offset", 0, 0, MAX_OFFSET);
        int facets = integer(param, "facets", SearchRequest.DEFAULT_FACET_LIMIT, 0, MAX_FACETS);
        SearchRequest.Sort sort = defaultSort;
        String s = text(param, "sort");
        if (s != null) {
            try {
                sort = SearchRequest.Sort.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("sort must be relevance, newest or oldest, not '" + s + "'");
            }
        }
        QuoteType type = null;
        String t = text(param, "type");
        if (t != null) {
            try {
                type = QuoteType.fromLabel(t);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("type must be direct, mixed, indirect or selon, not '" + t + "'");
            }
        }
        return SearchRequest.of(text(param, "q"))
                .withSpeaker(text(param, "speaker"))
                .withDates(text(param, "from"), text(param, "to"))
                .withSource(text(param, "source"))
                .withType(type)
                .withLang(text(param, "lang"))
                .withPage(limit, offset)
                .withSort(sort)
                .withFacetLimit(facets);
    }

    /** A parameter's value, or null when absent or blank. */
    static String text(Function<String, String> param, String name) {
        String v = param.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * An integer parameter within bounds.
     *
     * @throws BadRequestResponse when it is not a number or out of bounds
     */
    static int integer(Function<String, String> param, String name, int dflt, int min, int max) {
        String v = text(param, name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + clip(v) + "'");
        }
        if (n < min || n > max) {
            throw new BadRequestResponse(name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    /** A user's value, shortened for an error message. */
    static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
