package org.dixit.lexicon;

import java.util.Set;

/**
 * The place names of a language's news ("Saudi Arabia", "Matignon") and the common nouns that make
 * a proper name a place or a venue ("l'Espace Anjou", "Croke Park"). A place is not a person: it
 * is no antecedent for a personal pronoun, and a speaker only as the subject of the speech verb.
 * Keys are folded by {@link Folding#fold}: lower case, no accents, ASCII apostrophe, single spaces.
 *
 * @param names         whole place names
 * @param leadingHeads  nouns that open a place name ("rue", "espace", "county")
 * @param trailingHeads nouns that close a place name ("street", "park")
 * @param openers       first words of every place name, and the leading heads: a name whose first
 *                      word is none of them, nor its last word a trailing head, is no place, which
 *                      is told without folding the whole name
 */
public record Places(Set<String> names, Set<String> leadingHeads, Set<String> trailingHeads, Set<String> openers) {

    public Places {
        names = Set.copyOf(names);
        leadingHeads = Set.copyOf(leadingHeads);
        trailingHeads = Set.copyOf(trailingHeads);
        openers = Set.copyOf(openers);
    }

    public Places(Set<String> names, Set<String> leadingHeads, Set<String> trailingHeads) {
        this(names, leadingHeads, trailingHeads, openersOf(names, leadingHeads));
    }

    private static Set<String> openersOf(Set<String> names, Set<String> leadingHeads) {
        Set<String> out = new java.util.HashSet<>(leadingHeads);
        for (String n : names) {
            int space = n.indexOf(' ');
            out.add(space < 0 ? n : n.substring(0, space));
        }
        return out;
    }

    /**
     * True if the proper name (as written, without determiner or honorific) is a known place, or a
     * name of two words or more opened or closed by a place noun ("Espace Anjou", "Grafton Street").
     */
    public boolean isPlace(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        int firstEnd = 0;
        while (firstEnd < name.length() && !Character.isWhitespace(name.charAt(firstEnd))) {
            firstEnd++;
        }
        if (!openers.contains(Folding.fold(name.substring(0, firstEnd)))) {
            int lastStart = name.length();
            while (lastStart > 0 && !Character.isWhitespace(name.charAt(lastStart - 1))) {
                lastStart--;
            }
            if (lastStart <= firstEnd || !trailingHeads.contains(Folding.fold(name.substring(lastStart)))) {
                return false; // neither a known place nor opened or closed by a place noun
            }
        }
        String key = Folding.fold(name);
        if (names.contains(key)) {
            return true;
        }
        int firstSpace = key.indexOf(' ');
        if (firstSpace < 0) {
            return false;
        }
        String first = key.substring(0, firstSpace);
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return leadingHeads.contains(first) || trailingHeads.contains(last);
    }

    /**
     * How many of the name's first words, not the whole name, are a place or nationality ("French"
     * in "French GDP", "New York" in "New York Times Company"), or 0. Not a place's possessive:
     * "Saudi Arabia's King Salman" is a person.
     */
    public int placePrefix(String name) {
        if (name == null || name.indexOf(' ') < 0 && name.indexOf('\t') < 0 && name.indexOf('\n') < 0) {
            return 0; // one word: no prefix short of the whole name
        }
        String key = Folding.fold(name);
        int end = key.indexOf(' ');
        for (int words = 1; end > 0 && words <= 3; words++) {
            String prefix = key.substring(0, end);
            if (names.contains(prefix)) {
                return words;
            }
            end = key.indexOf(' ', end + 1);
        }
        return 0;
    }

}
