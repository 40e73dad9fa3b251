package org.dixit.grammar.fr;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.FormKind;

/**
 * French: regular conjugation of -er and 2nd-group -ir verbs in the tenses and persons news uses
 * for reported speech (3rd person: present, imperfect, simple past, future, conditional; past
 * and present participles; infinitive).
 */
public final class FrenchGrammar implements Grammar {
    /** "«...», lui ont répondu les gilets jaunes": before a verb these are objects. */
    private static final Set<String> OBJECT_CLITICS = Set.of("lui", "leur", "eux", "me", "te", "nous", "vous");
    private static final Set<String> REFLEXIVES = Set.of("se", "s'");
    private static final Set<String> COMPLEMENTIZERS = Set.of("que", "qu'");
    private static final Set<String> SOURCE_RELATIVES = Set.of("qui", "lequel", "laquelle", "lesquels", "lesquelles");
    private static final Set<String> RELATIVES = Set.of("qui");
    private static final Set<String> CONJUNCTIONS = Set.of("et", "mais");


    @Override
    public String language() {
        return "fr";
    }

    @Override
    public Map<String, Set<FormKind>> conjugate(String lemma, Set<String> flags) {
        Map<String, Set<FormKind>> out = new LinkedHashMap<>();
        add(out, lemma, FormKind.INFINITIVE);
        if (flags.contains("ir2") && lemma.endsWith("ir")) {
            String st = lemma.substring(0, lemma.length() - 2);
            for (String e : new String[] {"i", "ie", "is", "ies"}) {
                add(out, st + e, FormKind.PAST_PARTICIPLE);
            }
            for (String e : new String[] {"it", "issent", "issait", "issaient", "ira", "iront", "irait",
                    "iraient", "irent"}) {
                add(out, st + e, FormKind.FINITE);
            }
            add(out, st + "issant", FormKind.PRESENT_PARTICIPLE);
            return out;
        }
        if (!lemma.endsWith("er")) {
            return out;
        }
        String st = lemma.substring(0, lemma.length() - 2);
        // before a or o, c becomes ç and g becomes ge: lançait, jugeant
        String soft = st.endsWith("c") ? st.substring(0, st.length() - 1) + "ç" : st.endsWith("g") ? st + "e" : st;
        for (String e : new String[] {"é", "ée", "és", "ées"}) {
            add(out, st + e, FormKind.PAST_PARTICIPLE);
        }
        for (String e : new String[] {"ait", "aient", "a"}) {
            add(out, soft + e, FormKind.FINITE);
        }
        add(out, st + "èrent", FormKind.FINITE);
        add(out, soft + "ant", FormKind.PRESENT_PARTICIPLE);
        // stems whose vowel changes before a mute e: répète, relève, appelle, emploie
        for (String s : muteEStems(st)) {
            for (String e : new String[] {"e", "ent", "era", "eront", "erait", "eraient"}) {
                add(out, s + e, FormKind.FINITE);
            }
        }
        return out;
    }

    private static String[] muteEStems(String st) {
        java.util.List<String> stems = new java.util.ArrayList<>();
        stems.add(st);
        int n = st.length();
        if (n >= 2) {
            char last = st.charAt(n - 1);
            int v = n - 2;
            // the vowel before the last consonant(s)
            while (v > 0 && !isVowel(st.charAt(v))) {
                v--;
            }
            if (st.charAt(v) == 'é' || st.charAt(v) == 'e') {
                stems.add(st.substring(0, v) + "è" + st.substring(v + 1));
            }
            if (last == 'l' || last == 't') {
                stems.add(st + last);
            }
            if (last == 'y') {
                stems.add(st.substring(0, n - 1) + "i");
            }
        }
        return stems.toArray(String[]::new);
    }

    private static boolean isVowel(char c) {
        return "aeiouyéèêëàâîïôûù".indexOf(c) >= 0;
    }

    private static void add(Map<String, Set<FormKind>> out, String form, FormKind kind) {
        out.computeIfAbsent(form, k -> EnumSet.noneOf(FormKind.class)).add(kind);
    }

    @Override
    public String stripReflexive(String lemma) {
        if (lemma.startsWith("se ")) {
            return lemma.substring(3);
        }
        if (lemma.startsWith("s'")) {
            return lemma.substring(2);
        }
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
    public Set<String> objectClitics() {
        return OBJECT_CLITICS;
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
}
