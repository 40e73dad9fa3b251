package org.dixit.lexicon;

import java.util.List;

/**
 * A multi-word cue: a light verb followed by a fixed tail ("faire savoir", "mettre en garde").
 *
 * @param lightVerb lemma of the light verb
 * @param tail      the words that must follow the verb, normalised
 * @param takesQue  true if a que-clause of reported content may follow
 */
public record Locution(String lightVerb, List<String> tail, boolean takesQue) {
    public Locution {
        tail = List.copyOf(tail);
    }

    /** The locution as one string, e.g. "faire savoir". */
    public String label() {
        return lightVerb + " " + String.join(" ", tail);
    }
}
