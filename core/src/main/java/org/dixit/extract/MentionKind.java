package org.dixit.extract;

/** What kind of noun phrase designates a speaker. */
public enum MentionKind {
    /** A proper name, possibly with honorific or role ("M. Tokaïev", "le ministre Christophe Castaner"). */
    NAME,
    /** A personal pronoun ("il", "elle", "ce dernier"). */
    PRONOUN,
    /** A role or title without a name ("le président kazakh", "la porte-parole"). */
    ROLE,
    /** A group or institution ("des manifestants", "le parquet"). */
    GROUP
}
