package org.dixit.grammar;

import java.util.Map;
import java.util.Set;
import org.dixit.lexicon.FormKind;

/**
 * The small amount of language-specific code the engine needs; everything else about a language
 * is data under {@code org/dixit/lexicon/<lang>/}. Adding a language means adding its data files
 * and one implementation of this interface.
 */
public interface Grammar {

    /** ISO 639-1 code, also the name of the lexicon folder. */
    String language();

    /**
     * The surface forms of a regular verb by the roles they can play. Irregular forms are listed in
     * the lexicon and do not come here.
     *
     * @param lemma the dictionary form without reflexive pronoun ("déclarer")
     * @param flags lexicon flags of the verb (e.g. "ir2" for French 2nd-group verbs)
     */
    Map<String, Set<FormKind>> conjugate(String lemma, Set<String> flags);

    /** Splits a reflexive pronoun off a lemma ("s'exclamer" -> "exclamer"); null if there is none. */
    String stripReflexive(String lemma);

    /** Reflexive clitics that may precede a pronominal cue ("se", "s'"). */
    Set<String> reflexives();

    /** Words that introduce reported content ("que", "qu'", "that"). */
    Set<String> complementizers();

    /** Relative pronouns that make the preceding noun phrase the subject ("qui", "who"). */
    Set<String> relativeSubjects();

    /** Words for "and" that may coordinate a second reported clause. */
    Set<String> conjunctions();

    /**
     * True if reported clauses may come without a complementiser ("He said the deal was dead").
     * French always writes "que"; English often drops "that".
     */
    default boolean complementizerOptional() {
        return false;
    }

    /**
     * Pronouns that, right before a verb, are its object, not its subject ("lui ont répondu" in
     * French). Empty where the language has no such clitics.
     */
    default Set<String> objectClitics() {
        return Set.of();
    }

    /**
     * Relative pronouns that can follow an attribution preposition and stand for the source
     * ("selon qui", "selon lesquels", "according to whom").
     */
    Set<String> sourceRelatives();
}
