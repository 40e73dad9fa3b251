package org.dixit.extract;

/**
 * A stretch of text between a pair of quotation marks (outermost pair only; nested marks stay
 * inside). Token indexes refer to {@link org.dixit.text.TextAnalysis}.
 *
 * @param open         token index of the opening mark
 * @param close        token index of the closing mark, or -1 when the quote runs to the paragraph end
 * @param first        first content token
 * @param last         last content token (inclusive)
 * @param contentStart UTF-16 start of the content
 * @param contentEnd   UTF-16 end of the content (exclusive)
 */
public record QuoteSpan(int open, int close, int first, int last, int contentStart, int contentEnd) {

    /** Token right after the quote (the closing mark's successor, or the content's). */
    public int after() {
        return (close >= 0 ? close : last) + 1;
    }
}
