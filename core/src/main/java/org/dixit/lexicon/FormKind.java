package org.dixit.lexicon;

/** The morphological role a verb form can play in a cue. */
public enum FormKind {
    /** "déclaré", "said": after an auxiliary. */
    PAST_PARTICIPLE,
    /** "déclare", "déclarait", "says": a finite verb on its own. */
    FINITE,
    /** "déclarant", "saying": a participial cue. */
    PRESENT_PARTICIPLE,
    /** "déclarer", "say": after a modal. */
    INFINITIVE
}
