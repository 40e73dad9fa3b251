package org.dixit.extract;

/** The shape of a speech cue. */
public enum CueKind {
    /** Auxiliary + past participle: "a déclaré", "a-t-il lancé", "s'est félicité". */
    COMPOUND,
    /** A finite verb: "déclare", "explique-t-il". */
    FINITE,
    /** A present participle: "ajoutant", "estimant". */
    PARTICIPLE,
    /** A modal + infinitive: "a tenu à rappeler". */
    MODAL,
    /** A light-verb locution: "a fait savoir". */
    LOCUTION,
    /** "selon", "d'après", "according to". */
    SELON
}
