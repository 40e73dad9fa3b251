package org.dixit.extract;

import java.util.List;
import org.dixit.coref.Entity;
import org.dixit.lexicon.Gender;

/**
 * A resolved speaker.
 *
 * @param canonical the fullest name, or the descriptive mention for unnamed speakers
 * @param entity    the named entity, or null for descriptive speakers
 * @param gender    what the text tells of the speaker's gender
 * @param plural    true for groups
 * @param role      a role seen for the speaker, or null
 * @param chain     how the mention was resolved, step by step
 */
record Speaker(String canonical, Entity entity, Gender gender, boolean plural, String role, List<String> chain) {
    Speaker {
        chain = List.copyOf(chain);
    }
}
