package org.dixit.index;

/**
 * What a rebuild of the derived data (speaker entities and quote clusters) produced.
 *
 * @param speakers        speaker entities
 * @param speakerStrings  distinct speaker strings they were resolved from
 * @param clusters        clusters of repeated quotations
 * @param clusteredQuotes quotes that belong to a cluster
 * @param millis          time taken
 */
public record RebuildSummary(int speakers, int speakerStrings, int clusters, int clusteredQuotes, long millis) {
}
