package org.dixit.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How words are compared regardless of case, accents and typographic apostrophes: place names,
 * role phrases, and people's names ("Von Der Muhll" is "Von Der Mühll", "Tokaiev" is "Tokaïev").
 */
public final class Folding {
    private Folding() {
    }

    /** Lower case, accents stripped, typographic apostrophes as ASCII, runs of white space as one space. */
    public static String fold(String s) {
        String lower = withoutAccents(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\''));
        // collapse white space without a regex: names are folded at every place lookup
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text without its combining accents (decomposed, marks dropped); ASCII text as it is. */
    public static String withoutAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        // without the regex engine: this runs for every new name of every article
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                b.append(d.charAt(i));
            }
        }
        return b.toString();
    }
}
