package org.dixit.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dixit.io.ArticleReader;
import org.dixit.io.Rejection;
import org.dixit.model.Article;

/**
 * The articles of one ingest request body: a JSON object, a JSON array of objects, or JSONL (one
 * object per line), each in the input format of {@code dixit extract}. Records are numbered from 1
 * in body order; each bad one is rejected with its number and reason, the others are kept. The
 * records go through the same {@link ArticleReader} as files do, so ids, dates and languages are
 * read, normalised and checked exactly as for {@code dixit index}.
 *
 * @param articles   the good records, in body order
 * @param rejections the bad ones ({@code line} is the record number)
 */
public record ArticleBatch(List<Article> articles, List<Rejection> rejections) {
    private static final String SOURCE = "request";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ArticleBatch {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }

    /** One record of the body: its number (from 1) and its JSON on one line. */
    private record Line(long number, String json) {
    }

    /**
     * Reads a request body.
     *
     * @param maxChars longest article text accepted
     * @throws IllegalArgumentException when the body is empty, or is a JSON array that does not parse
     *                                  (no record can then be told from the next)
     */
    public static ArticleBatch parse(byte[] body, int maxChars) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty body: send a JSON article, an array of them, or JSONL");
        }
        List<Rejection> rejections = new ArrayList<>();
        List<Line> lines;
        if (text.startsWith("[")) {
            lines = arrayElements(text);
        } else {
            String single = singleValue(text);
            lines = single != null ? List.of(new Line(1, single)) : jsonLines(text);
        }
        // Only objects reach the reader: it would take anything else for a plain-text article.
        List<Line> objects = new ArrayList<>();
        for (Line l : lines) {
            if (l.json().startsWith("{")) {
                objects.add(l);
            } else {
                rejections.add(new Rejection(SOURCE, l.number(), null, "not a JSON object"));
            }
        }
        List<Article> articles = new ArrayList<>();
        if (!objects.isEmpty()) {
            StringBuilder joined = new StringBuilder(text.length() + objects.size());
            objects.forEach(l -> joined.append(l.json()).append('\n'));
            ArticleReader reader = new ArticleReader(maxChars, null, r -> rejections.add(
                    new Rejection(SOURCE, objects.get((int) r.line() - 1).number(), r.id(), r.reason())),
                    new ByteArrayInputStream(joined.toString().getBytes(StandardCharsets.UTF_8)));
            reader.read(List.of("-"), articles::add);
        }
        rejections.sort(java.util.Comparator.comparingLong(Rejection::line));
        return new ArticleBatch(articles, rejections);
    }

    /** The elements of a JSON array, each re-serialised on one line. */
    private static List<Line> arrayElements(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        List<Line> out = new ArrayList<>();
        long n = 0;
        for (JsonNode element : root) {
            out.add(new Line(++n, element.toString()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty array: no article to store");
        }
        return out;
    }

    /** The body on one line when it is exactly one JSON value (perhaps pretty-printed); null otherwise. */
    private static String singleValue(String text) {
        try {
            return JSON.readTree(text).toString();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** JSONL: one record per non-blank line, numbered by line. */
    private static List<Line> jsonLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.isEmpty()) {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }
}
