package org.dixit.text;

/** What a token is, as far as the quote grammar cares. */
public enum TokenKind {
    /** Letters, possibly with inner hyphens or apostrophes ("porte-parole", "aujourd'hui"). */
    WORD,
    /** Digits, possibly with inner separators ("20.000", "3,5"). */
    NUMBER,
    /** Any other single punctuation or symbol character. */
    PUNCT,
    /** A quotation mark of any style. */
    QUOTE,
    /** An inverted subject clitic split off a verb ("-t-il" in "a-t-il"). */
    INVERSION
}
