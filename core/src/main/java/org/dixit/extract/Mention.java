package org.dixit.extract;

import java.util.List;
import org.dixit.lexicon.Gender;

/**
 * A noun phrase that may designate a speaker.
 *
 * @param first         first token
 * @param last          last token (inclusive)
 * @param kind          name, pronoun, role or group
 * @param text          the mention as written
 * @param name          for NAME: the proper name without honorific or role ("Christophe Castaner"); else null
 * @param gender        gender the mention tells (honorific, pronoun, first name, role noun)
 * @param plural        true for plural mentions ("ils", "des manifestants")
 * @param roleHead      normalised role noun ("président"), or null
 * @param roleModifiers normalised words qualifying the role ("kazakh", "intérieur")
 * @param role          the role phrase as written without determiner ("ministre de l'Intérieur"), or null
 */
public record Mention(int first, int last, MentionKind kind, String text, String name, Gender gender,
                      boolean plural, String roleHead, List<String> roleModifiers, String role) {
    public Mention {
        roleModifiers = List.copyOf(roleModifiers);
    }

    /** A copy that also carries a role learnt from an apposition. */
    Mention withRole(Mention roleMention) {
        if (roleMention == null || roleMention.roleHead() == null) {
            return this;
        }
        Gender g = gender != Gender.UNKNOWN ? gender : roleMention.gender();
        return new Mention(first, last, kind, text, name, g, plural, roleMention.roleHead(),
                roleMention.roleModifiers(), roleMention.role());
    }
}
