package org.dixit.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring predictions against gold at one overlap threshold.
 *
 * @param threshold  share of a gold quote's characters a prediction must cover (exclusive)
 * @param overall    counts over all quotes
 * @param byType     counts per quote type (gold type for recall, predicted type for precision)
 * @param articles   gold articles scored
 * @param unknownIds predicted articles that are not in the gold
 * @param errors     misses, false positives and wrong speakers, for developers
 */
public record Scores(double threshold, Counts overall, Map<String, Counts> byType, int articles, int unknownIds,
                     List<String> errors) {
}
