package org.dixit.lexicon;

import java.util.Set;

/**
 * What a surface form of a speech verb is.
 *
 * @param lemma      the verb's dictionary form ("déclarer")
 * @param kinds      the roles this form can play (a form may be both finite and participle: "dit")
 * @param takesQue   true if the verb introduces reported content with a complementiser
 * @param incise     true if the verb introduces or follows direct quotes
 * @param pronominal true if the verb is used with a reflexive pronoun ("s'est félicité")
 */
public record VerbForm(String lemma, Set<FormKind> kinds, boolean takesQue, boolean incise, boolean pronominal) {
    public VerbForm {
        kinds = Set.copyOf(kinds);
    }

    public boolean is(FormKind kind) {
        return kinds.contains(kind);
    }
}
