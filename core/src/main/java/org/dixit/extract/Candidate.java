package org.dixit.extract;

import org.dixit.model.QuoteType;

/**
 * A quote proposed by a rule, before speaker resolution. Spans are UTF-16 offsets.
 *
 * @param start      start of the reported content
 * @param end        end of the reported content (exclusive)
 * @param type       direct, mixed, indirect or selon
 * @param cue        the cue, or null (floating quotes, orphan fragments)
 * @param cueStart   UTF-16 start of the cue text, or -1
 * @param cueEnd     UTF-16 end of the cue text, or -1
 * @param mention    the speaker mention tied to the cue, or null
 * @param inherit    true if the speaker is the one of the surrounding discourse (floating quote,
 *                   participle cue without subject)
 * @param anchor     token where the quote's utterance begins, for finding antecedents
 * @param rule       the rule that fired
 * @param confidence base confidence of the rule
 */
record Candidate(int start, int end, QuoteType type, Cue cue, int cueStart, int cueEnd, Mention mention,
                 boolean inherit, int anchor, String rule, double confidence) {

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }
}
