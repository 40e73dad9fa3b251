package org.dixit.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total         number of matching quotes
 * @param hits          the requested page of hits, in order
 * @param facets        per dimension ({@code speaker}, {@code source}, {@code month}, {@code type},
 *                      {@code lang}), the values among all matching quotes with their counts: most
 *                      frequent first, except months (chronological)
 * @param speakerIds    the speaker entities the speaker filter matched (empty without one)
 * @param derivedStale  true when speakers and clusters predate the last ingest (an interrupted run);
 *                      {@code dixit index --rebuild-speakers} refreshes them
 * @param tookMicros    time spent searching, in microseconds
 */
public record SearchResult(long total, List<QuoteHit> hits, Map<String, List<FacetValue>> facets,
                           List<String> speakerIds, boolean derivedStale, long tookMicros) {
    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
        speakerIds = List.copyOf(speakerIds);
    }
}
