package org.dixit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dixit.lang.LanguageGuesser;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;

/**
 * Reads articles from files, directories (recursively, in name order, without hidden files: see
 * {@link #hidden}) or standard input ("-"):
 * JSONL (one article per line), the seed format (" date YYYY-MM[-DD] text"), or plain text (one
 * article per file); ".gz" is read transparently. Streams: one line in memory at a time. A bad
 * record (invalid UTF-8, binary data, broken JSON, no text, too long) is reported to the listener
 * and skipped; the rest is read.
 */
public final class ArticleReader {
    private static final Pattern SEED_HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\s+");
    private static final int SNIFF = 8192;
    /** Longest "engine" value accepted (a fingerprint is about 30 characters; it is stored and indexed). */
    private static final int MAX_ENGINE_CHARS = 200;
    private final JsonFactory json = new JsonFactory();
    private final DateNormalizer dates = new DateNormalizer();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final int maxChars;
    private final String forcedLang;
    private final Consumer<Rejection> rejections;
    private final InputStream stdin;
    private final BiConsumer<ArticleQuotes, String> extracted;

    /**
     * @param maxChars   longest article text accepted, in characters
     * @param forcedLang language to use for every article, or null to read/guess it
     * @param rejections where bad records are reported
     * @param stdin      the stream read for "-"
     */
    public ArticleReader(int maxChars, String forcedLang, Consumer<Rejection> rejections, InputStream stdin) {
        this(null, maxChars, forcedLang, rejections, stdin);
    }

    /**
     * A reader that also accepts already-extracted JSONL ({@code dixit extract --with-text} output):
     * a line that carries a {@code "quotes"} array goes to {@code extracted} with those quotes,
     * checked against the text (a quote whose offsets do not point at its text rejects the line);
     * other records go to the article sink as usual.
     *
     * @param extracted where already-extracted articles go, or null to ignore "quotes" arrays
     */
    public ArticleReader(int maxChars, String forcedLang, Consumer<Rejection> rejections, InputStream stdin,
                         Consumer<ArticleQuotes> extracted) {
        this(extracted == null ? null : (aq, engine) -> extracted.accept(aq), maxChars, forcedLang, rejections, stdin);
    }

    /**
     * As {@link #ArticleReader(int, String, Consumer, InputStream, Consumer)}, also handing on each
     * extracted line's {@code "engine"} field: the fingerprint of the engine that extracted its
     * quotes, or null when the line does not say (an archive records where its quotes came from).
     * A line whose "engine" is not a short string is rejected.
     *
     * @param extracted where already-extracted articles go, with their engine; not null
     */
    public static ArticleReader withEngines(int maxChars, String forcedLang, Consumer<Rejection> rejections,
                                            InputStream stdin, BiConsumer<ArticleQuotes, String> extracted) {
        return new ArticleReader(java.util.Objects.requireNonNull(extracted, "extracted"), maxChars, forcedLang,
                rejections, stdin);
    }

    private ArticleReader(BiConsumer<ArticleQuotes, String> extracted, int maxChars, String forcedLang,
                          Consumer<Rejection> rejections, InputStream stdin) {
        this.maxChars = maxChars;
        this.forcedLang = forcedLang;
        this.rejections = rejections;
        this.stdin = stdin;
        this.extracted = extracted;
    }

    /** Reads every input in order and hands each good article to {@code sink}. */
    public void read(List<String> inputs, Consumer<Article> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("-", stdin, null, sink);
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && !hidden(p.relativize(f))).sorted().forEach(files::add);
                } catch (IOException e) {
                    rejections.accept(new Rejection(input, 0, null, "cannot list directory: " + e.getMessage()));
                }
                files.forEach(f -> readFile(f, sink));
            } else {
                readFile(p, sink);
            }
        }
    }

    /**
     * Whether a path inside a directory input is left out: a name starting with "." or "_" (hidden
     * files, and the side files of a Hadoop or Spark output directory such as {@code _SUCCESS} and
     * {@code .part-00000.crc}, so that the directory of a Spark job's JSONL reads as its part files).
     * A file named on the command line is always read.
     */
    static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one file's content, sniffing its format as {@link #read} does; for callers that open
     * files themselves (the Spark job reads Hadoop paths).
     *
     * @param name file name or path, used for the format (".jsonl", ".txt", ".gz") and in rejections
     */
    public void read(String name, InputStream in, Consumer<Article> sink) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        readStream(name, in, name.substring(slash + 1), sink);
    }

    /**
     * Reads one JSONL record (a line without its newline) with the checks {@link #read} applies to
     * each line of a file; for callers that split files themselves.
     *
     * @param source   where the record comes from, for rejections
     * @param position line number, or 0 when unknown
     * @return true if an article went to {@code sink}
     */
    public boolean readJsonLine(String source, long position, byte[] line, Consumer<Article> sink) {
        if (line.length > maxLineBytes()) {
            rejections.accept(new Rejection(source, position, null, "record longer than " + maxChars + " characters"));
            return false;
        }
        return line.length > 0 && jsonLine(source, position, line, sink);
    }

    /**
     * Builds an article from fields already separated (a table with id/date/text columns), with the
     * same checks and defaults as a JSONL record: hashed id when missing, normalised date, guessed
     * language.
     *
     * @return true if an article went to {@code sink}
     */
    public boolean readFields(String source, long position, String id, String date, String title, String origin,
                              String url, String lang, String text, Consumer<Article> sink) {
        if (text == null) {
            rejections.accept(new Rejection(source, position, id, "no \"text\" field"));
            return false;
        }
        return emit(source, position, id, date, title, origin, url, lang, text, null, null, sink);
    }

    private long maxLineBytes() {
        return (long) maxChars * 4 + 4096;
    }

    private void readFile(Path p, Consumer<Article> sink) {
        String name = p.toString();
        try (InputStream raw = Files.newInputStream(p)) {
            readStream(name, raw, p.getFileName().toString(), sink);
        } catch (NoSuchFileException e) {
            rejections.accept(new Rejection(name, 0, null, "no such file"));
        } catch (IOException e) {
            rejections.accept(new Rejection(name, 0, null, "cannot read: " + e.getMessage()));
        }
    }

    private void readStream(String name, InputStream raw, String fileName, Consumer<Article> sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
            InputStream data = in;
            if (lower.endsWith(".gz") || isGzip(in)) {
                data = new BufferedInputStream(new GZIPInputStream(in), 1 << 16);
                lower = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
            }
            data.mark(SNIFF);
            byte[] head = data.readNBytes(SNIFF);
            data.reset();
            if (head.length == 0) {
                rejections.accept(new Rejection(name, 0, null, "empty input"));
                return;
            }
            boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                    || (!lower.endsWith(".txt") && firstNonSpace(head) == '{');
            if (jsonl) {
                readJsonLines(name, data, sink);
            } else {
                if (hasNul(head)) {
                    rejections.accept(new Rejection(name, 0, null, "binary file (NUL bytes), not text"));
                    return;
                }
                readText(name, data, fileName == null ? "stdin" : fileName, sink);
            }
        } catch (IOException e) {
            rejections.accept(new Rejection(name, 0, null, "read error: " + e.getMessage()));
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    private static int firstNonSpace(byte[] head) {
        for (byte b : head) {
            if (b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF) {
                continue; // byte-order mark
            }
            if (!Character.isWhitespace(b)) {
                return b;
            }
        }
        return -1;
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private void readJsonLines(String name, InputStream in, Consumer<Article> sink) throws IOException {
        long maxBytes = maxLineBytes();
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[1 << 16];
        long lineNo = 0;
        boolean tooLong = false;
        boolean pending = false;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                lineNo++;
                if (!tooLong && line.size() + (i - from) <= maxBytes) {
                    line.write(buf, from, i - from);
                    endOfLine(name, lineNo, line, false, sink);
                } else {
                    endOfLine(name, lineNo, line, true, sink);
                }
                line.reset();
                tooLong = false;
                pending = false;
                from = i + 1;
            }
            if (from < n) {
                pending = true;
                if (!tooLong && line.size() + (n - from) <= maxBytes) {
                    line.write(buf, from, n - from);
                } else {
                    tooLong = true; // keep reading to the end of the line, keeping nothing
                    line.reset();
                }
            }
        }
        if (pending) {
            lineNo++;
            endOfLine(name, lineNo, line, tooLong, sink);
        }
        if (lineNo == 0) {
            rejections.accept(new Rejection(name, 0, null, "empty input"));
        }
    }

    private void endOfLine(String name, long lineNo, ByteArrayOutputStream line, boolean tooLong,
                           Consumer<Article> sink) {
        if (tooLong) {
            rejections.accept(new Rejection(name, lineNo, null, "record longer than " + maxChars + " characters"));
        } else if (line.size() > 0) {
            jsonLine(name, lineNo, line.toByteArray(), sink);
        }
    }

    private boolean jsonLine(String name, long lineNo, byte[] bytes, Consumer<Article> sink) {
        // the lenient decoder is several times faster than a strict one; it marks every malformed
        // sequence with U+FFFD, so only lines holding that character need the strict check
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes)) {
            rejections.accept(new Rejection(name, lineNo, null, "invalid UTF-8"));
            return false;
        }
        if (text.isBlank()) {
            return false;
        }
        if (text.indexOf('\0') >= 0) {
            rejections.accept(new Rejection(name, lineNo, null, "binary data (NUL byte)"));
            return false;
        }
        String id = null;
        String date = null;
        String title = null;
        String source = null;
        String url = null;
        String lang = null;
        String body = null;
        String engine = null;
        List<Quote> quotes = null;
        try (JsonParser p = json.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                rejections.accept(new Rejection(name, lineNo, null, "not a JSON object"));
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (extracted != null && field.equals("quotes") && v == JsonToken.START_ARRAY) {
                    try {
                        quotes = QuoteJsonReader.read(p);
                    } catch (QuoteJsonReader.BadQuotesException e) {
                        rejections.accept(new Rejection(name, lineNo, id, e.getMessage()));
                        return false;
                    }
                    continue;
                }
                if (extracted != null && field.equals("engine") && (v == JsonToken.START_OBJECT
                        || v == JsonToken.START_ARRAY)) {
                    rejections.accept(badEngine(name, lineNo, id));
                    return false;
                }
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                String s = v == JsonToken.VALUE_NULL ? null : p.getText();
                switch (field) {
                    case "id" -> id = s;
                    case "date" -> date = s;
                    case "title" -> title = s;
                    case "source" -> source = s;
                    case "url" -> url = s;
                    case "lang" -> lang = s;
                    case "engine" -> {
                        if (extracted != null && s != null && (v != JsonToken.VALUE_STRING
                                || s.length() > MAX_ENGINE_CHARS)) {
                            rejections.accept(badEngine(name, lineNo, id));
                            return false;
                        }
                        engine = s == null || s.isBlank() ? null : s.strip();
                    }
                    case "text" -> {
                        if (v != JsonToken.VALUE_STRING) {
                            rejections.accept(new Rejection(name, lineNo, id, "\"text\" is not a string"));
                            return false;
                        }
                        body = s;
                    }
                    default -> { }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                rejections.accept(new Rejection(name, lineNo, id, "broken JSON: trailing content"));
                return false;
            }
        } catch (JsonParseException e) {
            rejections.accept(new Rejection(name, lineNo, id, "broken JSON: " + e.getOriginalMessage()));
            return false;
        } catch (IOException e) {
            rejections.accept(new Rejection(name, lineNo, id, "broken JSON: " + e.getMessage()));
            return false;
        }
        if (body == null) {
            rejections.accept(new Rejection(name, lineNo, id, quotes == null ? "no \"text\" field"
                    : "no \"text\" field: quotes cannot be stored without their article (write them with "
                    + "dixit extract --with-text)"));
            return false;
        }
        return emit(name, lineNo, id, date, title, source, url, lang, body, quotes, engine, sink);
    }

    private static Rejection badEngine(String name, long lineNo, String id) {
        return new Rejection(name, lineNo, id, "\"engine\" is not a string of at most " + MAX_ENGINE_CHARS
                + " characters");
    }

    private boolean emit(String name, long lineNo, String id, String date, String title, String source, String url,
                         String lang, String body, List<Quote> quotes, String engine, Consumer<Article> sink) {
        if (body.length() > maxChars) {
            rejections.accept(new Rejection(name, lineNo, id, "text longer than " + maxChars + " characters ("
                    + body.length() + ")"));
            return false;
        }
        if (body.isBlank()) {
            rejections.accept(new Rejection(name, lineNo, id, "empty text"));
            return false;
        }
        String articleId = id == null || id.isBlank() ? hashId(body) : id;
        String language = forcedLang != null ? forcedLang
                : lang != null && !lang.isBlank() ? lang.toLowerCase(java.util.Locale.ROOT) : languages.guess(body, "fr");
        Article article = new Article(articleId, dates.parse(date), blankToNull(title), blankToNull(source),
                blankToNull(url), language, body);
        if (quotes == null) {
            sink.accept(article);
            return true;
        }
        try {
            QuoteJsonReader.check(quotes, body);
        } catch (QuoteJsonReader.BadQuotesException e) {
            rejections.accept(new Rejection(name, lineNo, articleId, e.getMessage()));
            return false;
        }
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(java.util.Comparator.comparingInt(Quote::start));
        extracted.accept(new ArticleQuotes(article, sorted), engine);
        return true;
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void readText(String name, InputStream in, String fileName, Consumer<Article> sink) throws IOException {
        byte[] bytes = in.readNBytes(maxChars * 4 + 1);
        if (bytes.length > maxChars * 4) {
            rejections.accept(new Rejection(name, 0, null, "file longer than " + maxChars + " characters"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            rejections.accept(new Rejection(name, 0, null, "invalid UTF-8"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String date = null;
        Matcher m = SEED_HEADER.matcher(text);
        if (m.find()) {
            date = m.group(1);
            text = text.substring(m.end());
        }
        text = text.strip();
        String id = fileName.replaceFirst("\\.(txt|text)(\\.gz)?$", "");
        emit(name, 0, id, date, null, null, null, null, text, null, null, sink);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A stable id for an article without one: SHA-1 of its text. */
    static String hashId(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha1-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
