package org.dixit.extract;

import org.dixit.lexicon.Agreement;

/**
 * A speech cue found in the text.
 *
 * @param first      first token of the cue (auxiliary, reflexive or verb)
 * @param last       last token (inclusive), the inverted clitic when there is one
 * @param kind       the shape of the cue
 * @param lemma      the speech verb's lemma ("déclarer"), or the marker ("selon")
 * @param takesQue   true if a que-clause of reported content may follow
 * @param inversion  token index of an inverted clitic ("-t-il"), or -1
 * @param inverted   gender and number of the inverted clitic, or null
 */
public record Cue(int first, int last, CueKind kind, String lemma, boolean takesQue, int inversion,
                  Agreement inverted) {
}
