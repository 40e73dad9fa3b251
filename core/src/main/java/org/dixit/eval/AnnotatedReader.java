package org.dixit.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dixit.io.Rejection;

/**
 * Reads gold annotations ({"id","text","quotes":[...]}) or dixit predictions (the output of
 * {@code dixit extract}) from JSONL. A broken line is reported and skipped.
 */
public final class AnnotatedReader {
    private final JsonFactory json = new JsonFactory();

    /** Every readable line of the file, in order. */
    public List<Annotated> read(Path file, Consumer<Rejection> rejections) throws IOException {
        List<Annotated> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line));
                } catch (IOException | IllegalArgumentException e) {
                    rejections.accept(new Rejection(file.toString(), n, null, "unreadable line: " + e.getMessage()));
                }
            }
        }
        return out;
    }

    private Annotated parse(String line) throws IOException {
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            String id = null;
            String text = null;
            String lang = null;
            List<Annotated.Span> quotes = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "id" -> id = p.getText();
                    case "text" -> text = v == JsonToken.VALUE_NULL ? null : p.getText();
                    case "lang" -> lang = v == JsonToken.VALUE_NULL ? null : p.getText();
                    case "quotes" -> {
                        if (v != JsonToken.START_ARRAY) {
                            throw new IllegalArgumentException("\"quotes\" is not an array");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            quotes.add(span(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw new IllegalArgumentException("no \"id\"");
            }
            return new Annotated(id, text, lang, quotes);
        }
    }

    private static Annotated.Span span(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        String text = null;
        String type = null;
        String speaker = null;
        String rule = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "start" -> start = p.getIntValue();
                case "end" -> end = p.getIntValue();
                case "text" -> text = p.getText();
                case "type" -> type = p.getText();
                case "speaker" -> speaker = v == JsonToken.VALUE_NULL ? null : p.getText();
                case "evidence" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String ef = p.currentName();
                        p.nextToken();
                        if (ef.equals("rule")) {
                            rule = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quote without a valid start/end");
        }
        return new Annotated.Span(start, end, text, type, speaker, rule);
    }
}
