package org.dixit.index.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker string as the extractor gives it ("Christophe Castaner", "M. Castaner", "Le Drian",
 * "la police"), parsed into what cross-article resolution needs: a comparison key (lower-case,
 * accents folded, honorifics and initials dropped), a shape (full name, surname only, or a
 * description), and the surnames a full name can be referred to by.
 *
 * @param raw        the string as extracted
 * @param key        the comparison key; two strings with one key are one speaker
 * @param shape      full name, surname only, or description
 * @param genderHint "m" or "f" when an honorific says so, else null
 * @param surnames   for a full name, the keys of its possible surname-only forms
 *                   ("Jean-Yves Le Drian" → "le drian", "drian"); empty otherwise
 * @param nameTail   for a description ending with a capitalised full name ("le gouverneur du
 *                   Hainaut Tommy Leclercq"), the keys of its trailing name runs of two words or more; else empty
 */
public record SpeakerName(String raw, String key, Shape shape, String genderHint, List<String> surnames,
                          List<String> nameTail) {

    /** What kind of mention a speaker string is. */
    public enum Shape {
        /** Given name(s) and surname: "Christophe Castaner". */
        FULL_NAME,
        /** A surname alone, possibly with an honorific or a particle: "M. Castaner", "Le Drian". */
        SURNAME,
        /** Not a proper name: "la police", "le porte-parole du gouvernement". */
        DESCRIPTION
    }

    private static final Map<String, String> HONORIFICS = Map.ofEntries(
            Map.entry("m", "m"), Map.entry("mm", "m"), Map.entry("mr", "m"), Map.entry("monsieur", "m"),
            Map.entry("sir", "m"), Map.entry("lord", "m"),
            Map.entry("mme", "f"), Map.entry("mmes", "f"), Map.entry("mlle", "f"), Map.entry("madame", "f"),
            Map.entry("mrs", "f"), Map.entry("ms", "f"), Map.entry("miss", "f"), Map.entry("dame", "f"),
            Map.entry("lady", "f"),
            Map.entry("dr", ""), Map.entry("me", ""), Map.entry("mgr", ""), Map.entry("pr", ""),
            Map.entry("prof", ""));
    private static final Set<String> PARTICLES = Set.of("le", "la", "de", "du", "des", "di", "da", "del", "della",
            "van", "von", "der", "den", "ter", "dos", "das", "el", "al", "ben", "bin", "ibn", "mac", "st", "d", "l");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Parses a speaker string. */
    public static SpeakerName parse(String raw) {
        String clean = SPACES.matcher(raw.strip()).replaceAll(" ");
        List<String> words = new ArrayList<>(List.of(clean.isEmpty() ? new String[0] : clean.split(" ")));
        String gender = null;
        while (words.size() > 1 && HONORIFICS.containsKey(bare(words.get(0)))) {
            String g = HONORIFICS.get(bare(words.get(0)));
            gender = g.isEmpty() ? gender : g;
            words.remove(0);
        }
        boolean nameLike = !words.isEmpty();
        boolean anyCapital = false;
        for (String w : words) {
            boolean cap = Character.isUpperCase(w.codePointAt(0));
            anyCapital |= cap;
            if (!cap && !PARTICLES.contains(bare(w)) && !isInitial(w)) {
                nameLike = false;
            }
        }
        nameLike &= anyCapital;
        if (!nameLike) {
            return new SpeakerName(raw, keyOf(clean), Shape.DESCRIPTION, gender, List.of(), tails(words));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!(isInitial(words.get(i)) && i > 0 && i < words.size() - 1)) {
                kept.add(words.get(i));
            }
        }
        String key = keyOf(String.join(" ", kept));
        boolean surnameOnly = kept.size() == 1 || PARTICLES.contains(bare(kept.get(0)));
        if (surnameOnly) {
            return new SpeakerName(raw, key, Shape.SURNAME, gender, List.of(), List.of());
        }
        List<String> surnames = new ArrayList<>();
        for (int i = 1; i < kept.size(); i++) {
            surnames.add(keyOf(String.join(" ", kept.subList(i, kept.size()))));
        }
        return new SpeakerName(raw, key, Shape.FULL_NAME, gender, List.copyOf(surnames), List.of());
    }

    /** The comparison key of any speaker string (the same function the index uses on every quote). */
    public static String keyOf(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        folded = folded.replace('\u2019', '\'').replace('-', ' ').replace(".", " ");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** The key of a speaker string with honorifics and inner initials removed, as {@link #parse} computes it. */
    public static String nameKey(String raw) {
        return parse(raw).key();
    }

    /** Trailing runs of capitalised words (two or more) of a description. */
    private static List<String> tails(List<String> words) {
        int start = words.size();
        while (start > 0 && (Character.isUpperCase(words.get(start - 1).codePointAt(0))
                || (start < words.size() && PARTICLES.contains(bare(words.get(start - 1)))
                && Character.isUpperCase(words.get(start).codePointAt(0))))) {
            start--;
        }
        List<String> out = new ArrayList<>();
        for (int i = start; i <= words.size() - 2; i++) {
            if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
                continue; // a name starts with a capital ("du Hainaut…" is not one)
            }
            out.add(keyOf(String.join(" ", words.subList(i, words.size()))));
        }
        return List.copyOf(out);
    }

    private static boolean isInitial(String w) {
        return w.length() <= 2 && Character.isUpperCase(w.codePointAt(0)) && (w.length() == 1 || w.charAt(1) == '.');
    }

    /** A word lower-cased without dots and without a final apostrophe ("M." → "m", "d'" → "d"). */
    private static String bare(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'');
        return s.endsWith("'") ? s.substring(0, s.length() - 1) : s;
    }
}
