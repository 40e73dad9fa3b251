package org.dixit.lexicon;

/**
 * Gender and number of a pronoun or determiner.
 *
 * @param gender masculine, feminine or unknown
 * @param plural true for plural forms
 */
public record Agreement(Gender gender, boolean plural) {
    static Agreement parse(String gender, String number) {
        return new Agreement(Gender.of(gender), "p".equals(number));
    }
}
