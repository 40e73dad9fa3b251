package org.dixit.lexicon;

/**
 * A head noun of organisations ("plateforme", "party").
 *
 * @param kind   what sort of body it names ("company", "press"), or {@link Lexicon#ANY_ORGANISATION}
 * @param gender the noun's grammatical gender, which a pronoun standing for the body agrees with
 */
public record OrganisationHead(String kind, Gender gender) {
}
