package org.dixit.text;

/**
 * Converts UTF-16 offsets to Unicode code-point offsets, the unit of the output contract. Texts
 * without surrogate pairs (nearly all news) need no table.
 */
public final class CodePoints {
    private final int[] table;

    public CodePoints(String text) {
        // without a surrogate pair the table would be the identity; codePointCount answers at once
        // for texts stored as Latin-1, which most news is
        if (text.codePointCount(0, text.length()) == text.length()) {
            table = null;
            return;
        }
        table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        table[text.length()] = cp;
    }

    /** The code-point offset of a UTF-16 offset; -1 stays -1. */
    public int of(int utf16) {
        if (utf16 < 0 || table == null) {
            return utf16;
        }
        return table[utf16];
    }
}
