package org.dixit.index;

import java.util.List;
import java.util.Objects;

/**
 * A quotation reported by several articles (or several times), with every report.
 *
 * @param id          cluster id
 * @param appearances every report, first appearance first (earliest date; undated last); each
 *                    carries its wording difference from the first
 */
public record QuoteCluster(String id, List<Appearance> appearances) {
    public QuoteCluster {
        Objects.requireNonNull(id, "id");
        appearances = List.copyOf(appearances);
        if (appearances.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one appearance");
        }
    }

    /** The first appearance. */
    public Appearance first() {
        return appearances.get(0);
    }

    /** Whether any report changed the words (not only punctuation or length). */
    public boolean hasRewording() {
        return appearances.stream().anyMatch(a -> a.diff().kind() == WordDiff.Kind.REWORDED);
    }
}
