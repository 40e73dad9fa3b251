package org.dixit.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;

/**
 * Reads back the {@code "quotes"} array that {@link QuoteJsonWriter} writes, so already-extracted
 * output ({@code dixit extract --with-text}) can be indexed without extracting again. Checks every
 * quote against the article text: a quote whose offsets do not point at its text is an error.
 */
public final class QuoteJsonReader {

    private QuoteJsonReader() {
    }

    /** A quotes array that cannot be used; the message says which quote and why. */
    public static final class BadQuotesException extends Exception {
        private static final long serialVersionUID = 1L;

        BadQuotesException(String message) {
            super(message);
        }
    }

    /**
     * Parses the array the parser is positioned on ({@link JsonToken#START_ARRAY}) and leaves the
     * parser on its {@link JsonToken#END_ARRAY}.
     */
    public static List<Quote> read(JsonParser p) throws IOException, BadQuotesException {
        List<Quote> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int n = out.size() + 1;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new BadQuotesException("quote " + n + " is not a JSON object");
            }
            out.add(quote(p, n));
        }
        return out;
    }

    private static Quote quote(JsonParser p, int n) throws IOException, BadQuotesException {
        int start = -1;
        int end = -1;
        int speakerStart = -1;
        int speakerEnd = -1;
        int cueStart = -1;
        int cueEnd = -1;
        double confidence = 0;
        String text = null;
        String type = null;
        String speaker = null;
        String mention = null;
        String cue = null;
        String gender = null;
        String role = null;
        String rule = null;
        List<String> chain = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            boolean isNull = v == JsonToken.VALUE_NULL;
            switch (field) {
                case "start" -> start = integer(p, n, field);
                case "end" -> end = integer(p, n, field);
                case "speaker_start" -> speakerStart = isNull ? -1 : integer(p, n, field);
                case "speaker_end" -> speakerEnd = isNull ? -1 : integer(p, n, field);
                case "cue_start" -> cueStart = isNull ? -1 : integer(p, n, field);
                case "cue_end" -> cueEnd = isNull ? -1 : integer(p, n, field);
                case "confidence" -> {
                    if (!v.isNumeric()) {
                        throw new BadQuotesException("quote " + n + ": \"confidence\" is not a number");
                    }
                    confidence = p.getDoubleValue();
                }
                case "text" -> text = string(p, n, field);
                case "type" -> type = string(p, n, field);
                case "speaker" -> speaker = string(p, n, field);
                case "speaker_mention" -> mention = string(p, n, field);
                case "cue" -> cue = string(p, n, field);
                case "speaker_gender" -> gender = string(p, n, field);
                case "speaker_role" -> role = string(p, n, field);
                case "evidence" -> {
                    if (v != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String ef = p.currentName();
                        JsonToken ev = p.nextToken();
                        if (ef.equals("rule")) {
                            rule = string(p, n, "evidence.rule");
                        } else if (ef.equals("chain") && ev == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                chain.add(p.getText());
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (text == null) {
            throw new BadQuotesException("quote " + n + " has no \"text\"");
        }
        QuoteType t;
        try {
            t = QuoteType.fromLabel(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new BadQuotesException("quote " + n + ": unknown type \"" + type + "\"");
        }
        if (start < 0 || end < start) {
            throw new BadQuotesException("quote " + n + ": bad span " + start + ".." + end);
        }
        return new Quote(start, end, text, t, speaker, mention, speakerStart, speakerEnd, cue, cueStart, cueEnd,
                confidence, gender, role, new Evidence(rule == null ? "input" : rule, chain));
    }

    /**
     * Checks that every quote's offsets (code points) point at its text in {@code body}.
     *
     * @throws BadQuotesException naming the first quote that does not
     */
    public static void check(List<Quote> quotes, String body) throws BadQuotesException {
        int length = body.codePointCount(0, body.length());
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.end() > length) {
                throw new BadQuotesException("quote " + (i + 1) + ": span " + q.start() + ".." + q.end()
                        + " is beyond the text (" + length + " characters)");
            }
            String slice = body.substring(body.offsetByCodePoints(0, q.start()), body.offsetByCodePoints(0, q.end()));
            if (!slice.equals(q.text())) {
                throw new BadQuotesException("quote " + (i + 1) + ": \"text\" is not the article text at "
                        + q.start() + ".." + q.end());
            }
        }
    }

    private static int integer(JsonParser p, int n, String field) throws IOException, BadQuotesException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new BadQuotesException("quote " + n + ": \"" + field + "\" is not an integer");
        }
        return p.getIntValue();
    }

    private static String string(JsonParser p, int n, String field) throws IOException, BadQuotesException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new BadQuotesException("quote " + n + ": \"" + field + "\" is not a string");
        }
        return p.getText();
    }
}
