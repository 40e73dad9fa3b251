package org.dixit.text;

/**
 * Gives a token a set of word classes, as bits, once per document, so that the rules that ask
 * "is this a determiner, a given name, a possible cue?" at every position read an int instead of
 * looking the word up again in several dictionaries. Like Lucene's {@code FlagsAttribute}, what each
 * bit means belongs to the tagger that set it.
 */
@FunctionalInterface
public interface TokenTagger {
    /** A tagger that sets no bits. */
    TokenTagger NONE = t -> 0;

    /** The word classes of {@code t}, as bits. */
    int tags(Token t);
}
