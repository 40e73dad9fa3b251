package org.dixit.grammar.en;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.FormKind;

/**
 * English: regular verbs ("add", "added", "adds", "adding", "state"/"stated", "reply"/"replied");
 * irregular forms and consonant doubling are listed in the lexicon. "that" may be omitted.
 */
public final class EnglishGrammar implements Grammar {
    private static final Set<String> REFLEXIVES = Set.of();
    private static final Set<String> COMPLEMENTIZERS = Set.of("that");
    private static final Set<String> SOURCE_RELATIVES = Set.of("whom");
    private static final Set<String> RELATIVES = Set.of("who");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");


    @Override
    public String language() {
        return "en";
    }

    @Override
    public Map<String, Set<FormKind>> conjugate(String lemma, Set<String> flags) {
        Map<String, Set<FormKind>> out = new LinkedHashMap<>();
        add(out, lemma, FormKind.INFINITIVE);
        add(out, lemma, FormKind.FINITE); // "they say"
        String past;
        String third;
        String ing;
        if (lemma.endsWith("e")) {
            past = lemma + "d";
            ing = lemma.substring(0, lemma.length() - 1) + "ing";
            third = lemma + "s";
        } else if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            String st = lemma.substring(0, lemma.length() - 1);
            past = st + "ied";
            third = st + "ies";
            ing = lemma + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
            third = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                    || lemma.endsWith("z") ? lemma + "es" : lemma + "s";
        }
        add(out, past, FormKind.PAST_PARTICIPLE);
        add(out, past, FormKind.FINITE);
        add(out, third, FormKind.FINITE);
        add(out, ing, FormKind.PRESENT_PARTICIPLE);
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static void add(Map<String, Set<FormKind>> out, String form, FormKind kind) {
        out.computeIfAbsent(form, k -> EnumSet.noneOf(FormKind.class)).add(kind);
    }

    @Override
    public String stripReflexive(String lemma) {
        return null;
    }

    @Override
    public Set<String> reflexives() {
        return REFLEXIVES;
    }

    @Override
    public Set<String> complementizers() {
        return COMPLEMENTIZERS;
    }

    @Override
    public Set<String> sourceRelatives() {
        return SOURCE_RELATIVES;
    }

    @Override
    public Set<String> relativeSubjects() {
        return RELATIVES;
    }

    @Override
    public Set<String> conjunctions() {
        return CONJUNCTIONS;
    }

    @Override
    public boolean complementizerOptional() {
        return true;
    }
}
