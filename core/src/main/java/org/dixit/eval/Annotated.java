package org.dixit.eval;

import java.util.List;

/**
 * One article of a gold or prediction file: its id, text (gold only) and quotes.
 *
 * @param id     article id
 * @param text   article text, or null in prediction files
 * @param lang   language if given, else null
 * @param quotes the annotated or predicted quotes
 */
public record Annotated(String id, String text, String lang, List<Span> quotes) {
    public Annotated {
        quotes = List.copyOf(quotes);
    }

    /**
     * A quote as the scorer sees it.
     *
     * @param start   code-point start
     * @param end     code-point end
     * @param text    the quoted text
     * @param type    direct, mixed, indirect or selon
     * @param speaker canonical speaker, or null
     * @param rule    the extraction rule (predictions only), or null
     */
    public record Span(int start, int end, String text, String type, String speaker, String rule) {
        int length() {
            return Math.max(0, end - start);
        }
    }
}
