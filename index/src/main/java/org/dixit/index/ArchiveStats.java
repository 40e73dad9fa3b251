package org.dixit.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an archive holds.
 *
 * @param articles     articles stored
 * @param quotes       quotes stored
 * @param quotesByType quotes per type label
 * @param speakers     speaker entities
 * @param clusters     clusters of repeated quotations
 * @param firstDate    earliest quote date, or null
 * @param lastDate     latest quote date, or null
 * @param derivedStale true when speakers and clusters predate the last ingest
 * @param sizeBytes    size of the index on disk
 */
public record ArchiveStats(long articles, long quotes, Map<String, Long> quotesByType, long speakers, long clusters,
                           String firstDate, String lastDate, boolean derivedStale, long sizeBytes) {
    public ArchiveStats {
        quotesByType = Collections.unmodifiableMap(new LinkedHashMap<>(quotesByType));
    }
}
