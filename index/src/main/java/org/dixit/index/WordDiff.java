package org.dixit.index;

import java.util.List;
import java.util.Objects;

/**
 * How one appearance of a quotation is worded compared with its first appearance: the words kept,
 * removed and added, in reading order. Punctuation, case and accents are not differences; the
 * words shown are as each outlet wrote them.
 *
 * @param kind    {@link Kind} of difference
 * @param removed number of words of the first appearance missing here
 * @param added   number of words here that the first appearance does not have
 * @param parts   the wording as runs of kept/removed/added words (empty when {@code kind} is IDENTICAL)
 */
public record WordDiff(Kind kind, int removed, int added, List<Part> parts) {
    public WordDiff {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
    }

    /** The kind of difference, from none to a change of words (the misquote signal). */
    public enum Kind {
        /** Exactly the same text. */
        IDENTICAL,
        /** Same words; punctuation, case, accents or spacing differ. */
        REPUNCTUATED,
        /** Words only removed (trimmed or cut). */
        SHORTENED,
        /** Words only added (this report quotes more). */
        EXTENDED,
        /** Words removed and others added: the wording was changed. */
        REWORDED
    }

    /** What happened to a run of words. */
    public enum Change { KEPT, REMOVED, ADDED }

    /**
     * A run of consecutive words with one change.
     *
     * @param change kept, removed (only in the first appearance) or added (only in this one)
     * @param text   the words as written, separated by single spaces
     */
    public record Part(Change change, String text) {
        public Part {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(text, "text");
        }
    }
}
