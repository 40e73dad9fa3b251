package org.dixit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens with their offsets. Language knowledge comes from the lexicon: which
 * elided words to split off ("l'", "qu'") and which inverted clitics to split off verbs ("-t-il").
 * A hand-written scanner rather than a regex: it is the hottest loop of the engine.
 */
public final class Tokenizer {
    /** Character classes of the first code units (Latin, Greek, Cyrillic...): one array read instead of Character's tables. */
    private static final int TABLE_SIZE = 0x2100;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 4;
    private static final byte MARK = 8;
    private static final byte UPPER = 16;
    private static final byte[] CLASSES = classes();
    /** Tokens of one character share one string each: punctuation and quote marks are a third of all tokens. */
    private static final String[] ONE_CHAR = oneCharStrings();
    private final Set<String> elisions;
    private final List<String> inversionSuffixes;
    /** Every inverted clitic starts with a hyphen, so a word without one needs no suffix test. */
    private final boolean inversionsHyphenated;

    /**
     * @param elisions   elided forms with their apostrophe, lower case ("l'", "qu'")
     * @param inversions inverted clitics, lower case, longest first is not required ("-t-il", "-il")
     */
    public Tokenizer(Set<String> elisions, Set<String> inversions) {
        // a private HashSet: compares hash codes before strings (Set.copyOf's probing does not)
        this.elisions = new java.util.HashSet<>(elisions);
        List<String> inv = new ArrayList<>(inversions);
        inv.sort((a, b) -> b.length() - a.length()); // "-t-il" must win over "-il"
        this.inversionSuffixes = List.copyOf(inv);
        this.inversionsHyphenated = inv.stream().allMatch(x -> x.startsWith("-"));
    }

    private static byte[] classes() {
        byte[] t = new byte[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            int k = 0;
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                k |= SPACE;
            }
            if (Character.isLetter(c)) {
                k |= LETTER;
            }
            if (Character.isDigit(c)) {
                k |= DIGIT;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                k |= MARK;
            }
            if (Character.isUpperCase(c)) {
                k |= UPPER;
            }
            t[c] = (byte) k;
        }
        return t;
    }

    private static String[] oneCharStrings() {
        String[] s = new String[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            s[c] = String.valueOf(c);
        }
        return s;
    }

    private static boolean isSpace(char c) {
        return c < TABLE_SIZE ? (CLASSES[c] & SPACE) != 0 : Character.isWhitespace(c) || c == '\u202F';
    }

    private static boolean isLetter(char c) {
        return c < TABLE_SIZE ? (CLASSES[c] & LETTER) != 0 : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < TABLE_SIZE ? (CLASSES[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    /** Letters, digits and combining marks continue a word. */
    private static boolean continuesWord(char c) {
        return c < TABLE_SIZE ? (CLASSES[c] & (LETTER | DIGIT | MARK)) != 0
                : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isUpper(char c) {
        return c < TABLE_SIZE ? (CLASSES[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    private static String oneChar(char c) {
        return c < TABLE_SIZE ? ONE_CHAR[c] : String.valueOf(c);
    }

    /** Tokenizes the whole text; paragraph breaks are not tokens (see {@link TextAnalysis}). */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 8);
        char[] cs = text.toCharArray(); // plain array reads: String.charAt checks its coder on every call
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isSpace(c)) {
                i++;
            } else if (isQuoteChar(c)) {
                String s = oneChar(c);
                out.add(new Token(TokenKind.QUOTE, i, i + 1, s, s));
                i++;
            } else if (isLetter(c)) {
                i = word(text, cs, i, out);
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < n && (isDigit(cs[j])
                        || ((cs[j] == '.' || cs[j] == ',') && j + 1 < n && isDigit(cs[j + 1])))) {
                    j++;
                }
                String s = text.substring(i, j);
                out.add(new Token(TokenKind.NUMBER, i, j, s, s));
                i = j;
            } else if (!Character.isHighSurrogate(c)) {
                String s = oneChar(c);
                out.add(new Token(TokenKind.PUNCT, i, i + 1, s, s));
                i++;
            } else {
                int len = Character.charCount(text.codePointAt(i));
                String s = text.substring(i, i + len);
                out.add(new Token(TokenKind.PUNCT, i, i + len, s, s));
                i += len;
            }
        }
        return out;
    }

    /**
     * Quotation marks. ’ is an apostrophe inside a word ("aujourd’hui", "don’t") and reaches here only
     * when no letter follows it: then it closes an English single quote.
     */
    static boolean isQuoteChar(char c) {
        return c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '„'
                || c == '‹' || c == '›' || c == '‘' || c == '’';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private int word(String text, char[] cs, int from, List<Token> out) {
        int n = cs.length;
        int j = from + 1;
        while (j < n) {
            char c = cs[j];
            if (continuesWord(c)) {
                j++;
            } else if ((c == '-' || isApostrophe(c)) && j + 1 < n && isLetter(cs[j + 1])) {
                j++;
            } else if (c == '.' && j + 1 < n && isLetter(cs[j + 1])
                    && j - from == 1 && Character.isUpperCase(cs[from])) {
                j++; // initials such as "J.-C." or "U.S"
            } else {
                break;
            }
        }
        // a trailing apostrophe belongs to the word when it is an elision ("qu'" before a space is rare,
        // but "l’" + quote mark happens: "l'«affaire»")
        if (j < n && isApostrophe(cs[j])) {
            String cand = normalise(text.substring(from, j + 1));
            if (elisions.contains(cand)) {
                j++;
            }
        }
        emitWord(text, cs, from, j, out);
        return j;
    }

    private void emitWord(String text, char[] cs, int from, int to, List<Token> out) {
        String raw = text.substring(from, to);
        // what normalise(raw) checks, read from the array; a hyphen is noted on the way
        boolean plain = true;
        boolean hyphen = false;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            if (isUpper(c) || c == '’' || c == 'ʼ') {
                plain = false;
            } else if (c == '-') {
                hyphen = true;
            }
        }
        String norm = plain ? raw : normalise(raw);
        // split elisions off the front: "l'ordre" -> "l'" "ordre"; "jusqu'à" -> "jusqu'" "à"
        int apo = norm.indexOf('\'');
        if (apo > 0 && apo < norm.length()) {
            String head = norm.substring(0, apo + 1);
            if (elisions.contains(head)) {
                out.add(new Token(TokenKind.WORD, from, from + apo + 1, raw.substring(0, apo + 1), head));
                if (apo + 1 < raw.length()) {
                    emitWord(text, cs, from + apo + 1, to, out);
                }
                return;
            }
        }
        // split inverted clitics off the back: "a-t-il" -> "a" "-t-il"
        if (inversionsHyphenated && !hyphen) {
            out.add(new Token(TokenKind.WORD, from, to, raw, norm));
            return;
        }
        for (String suffix : inversionSuffixes) {
            if (norm.length() > suffix.length() && norm.endsWith(suffix)) {
                int cut = to - suffix.length();
                out.add(new Token(TokenKind.WORD, from, cut, raw.substring(0, cut - from), norm.substring(0, cut - from)));
                out.add(new Token(TokenKind.INVERSION, cut, to, raw.substring(cut - from), suffix));
                return;
            }
        }
        out.add(new Token(TokenKind.WORD, from, to, raw, norm));
    }

    /** Lower case with typographic apostrophes folded to ASCII. */
    public static String normalise(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !Character.isUpperCase(c) && c != '’' && c != 'ʼ';
        }
        if (plain) {
            return s; // most words: no copy
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('’') >= 0 || lower.indexOf('ʼ') >= 0) {
            lower = lower.replace('’', '\'').replace('ʼ', '\'');
        }
        return lower;
    }
}
