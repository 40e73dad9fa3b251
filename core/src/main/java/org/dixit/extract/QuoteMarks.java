package org.dixit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Pairs quotation marks into {@link QuoteSpan}s, paragraph by paragraph. Distinct opening and
 * closing marks (« », “ ”) pair by nesting; a straight " is opening or closing by its
 * surroundings (space before and letter after opens, glued to the previous word closes). French
 * typography reopens « at each paragraph of a long quote without closing the previous one: an
 * unclosed quote ends at its paragraph's end.
 */
final class QuoteMarks {
    private final Map<Character, Character> pairs;

    QuoteMarks(Map<Character, Character> pairs) {
        this.pairs = pairs;
    }

    List<QuoteSpan> find(TextAnalysis doc) {
        List<QuoteSpan> out = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            int p = doc.paragraphOf(i);
            int end = i;
            while (end < n && doc.paragraphOf(end) == p) {
                end++;
            }
            paragraph(doc, i, end, out);
            i = end;
        }
        return out;
    }

    private void paragraph(TextAnalysis doc, int from, int to, List<QuoteSpan> out) {
        int open = -1;
        char expected = 0;
        int depth = 0;
        char openChar = 0;
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            if (t.kind() != TokenKind.QUOTE) {
                continue;
            }
            char c = t.text().charAt(0);
            if (open < 0) {
                if (isOpening(doc, i, c, from, to)) {
                    open = i;
                    openChar = c;
                    expected = pairs.getOrDefault(c, c);
                    depth = 0;
                }
                continue;
            }
            // inside a quote: track nesting of the same style, close on the matching mark
            if (c == expected && (c != openChar || isClosing(doc, i, from, to))) {
                if (depth == 0) {
                    add(doc, open, i, out);
                    open = -1;
                } else {
                    depth--;
                }
            } else if (c == openChar && c != expected) {
                depth++;
            }
        }
        if (open >= 0 && open + 1 < to) {
            add(doc, open, -1, out);
        }
    }

    private boolean isOpening(TextAnalysis doc, int i, char c, int from, int to) {
        if (!pairs.containsKey(c) || c == '»' || c == '”' || c == '›') {
            return false;
        }
        if (i + 1 >= to) {
            return false;
        }
        if (c != '"') {
            return true;
        }
        Token t = doc.token(i);
        Token next = doc.token(i + 1);
        boolean spaceAfter = next.start() > t.end();
        boolean gluedBefore = i > from && doc.token(i - 1).end() == t.start()
                && doc.token(i - 1).kind() != TokenKind.PUNCT;
        return !spaceAfter || !gluedBefore;
    }

    private boolean isClosing(TextAnalysis doc, int i, int from, int to) {
        Token t = doc.token(i);
        if (i == from) {
            return false;
        }
        boolean gluedBefore = doc.token(i - 1).end() == t.start();
        boolean spaceAfter = i + 1 >= to || doc.token(i + 1).start() > t.end()
                || doc.token(i + 1).kind() == TokenKind.PUNCT;
        // "mot" closes; " mot opens (nested): a straight quote with space before and a word glued after opens
        return gluedBefore || spaceAfter;
    }

    private static void add(TextAnalysis doc, int open, int close, List<QuoteSpan> out) {
        int first = open + 1;
        int last = close >= 0 ? close - 1 : lastOfParagraph(doc, open);
        if (last < first) {
            return;
        }
        out.add(new QuoteSpan(open, close, first, last, doc.token(first).start(), doc.token(last).end()));
    }

    private static int lastOfParagraph(TextAnalysis doc, int i) {
        int p = doc.paragraphOf(i);
        int j = i;
        while (j + 1 < doc.size() && doc.paragraphOf(j + 1) == p) {
            j++;
        }
        return j;
    }
}
