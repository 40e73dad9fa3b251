package org.dixit.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.io.ArticleReader;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.io.Rejection;
import org.dixit.model.Article;

/**
 * Reads and extracts the records of one Spark partition with the reader, engine and JSON writer of
 * {@code dixit extract}, so that both give the same output for the same record. Not thread-safe:
 * one per partition.
 */
final class PartitionExtractor {
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Article> read = new ArrayList<>();
    private final ArticleReader reader;
    private final QuoteJsonWriter json;

    PartitionExtractor(Settings settings) {
        this.reader = new ArticleReader(settings.maxChars(), settings.lang(), rejected::add,
                InputStream.nullInputStream());
        this.json = new QuoteJsonWriter(settings.withText());
    }

    /**
     * What the job was asked for, as {@code dixit extract} takes it; sent to every task.
     *
     * @param maxChars longest article accepted
     * @param lang     language for every article, or null to read or guess it
     * @param withText whether the JSONL lines carry the article text ({@code --with-text}), so that
     *                 {@code dixit index} can store them without extracting again
     */
    record Settings(int maxChars, String lang, boolean withText) implements Serializable {
    }

    /** One JSONL record; {@code source} names the file and where in it. */
    List<Extracted> line(String source, byte[] bytes) {
        reader.readJsonLine(source, 0, bytes, read::add);
        return drain();
    }

    /** A whole file in any format {@code dixit extract} reads (seed, plain text, JSONL, .gz). */
    List<Extracted> stream(String name, InputStream in) {
        reader.read(name, in, read::add);
        return drain();
    }

    /** A table row with the article's fields. */
    List<Extracted> fields(String source, String id, String date, String title, String origin, String url,
                           String lang, String text) {
        reader.readFields(source, 0, id, date, title, origin, url, lang, text, read::add);
        return drain();
    }

    private List<Extracted> drain() {
        List<Extracted> out = new ArrayList<>(read.size() + rejected.size());
        for (Rejection r : rejected) {
            out.add(Extracted.rejected(r));
        }
        for (Article a : read) {
            out.add(extract(a));
        }
        rejected.clear();
        read.clear();
        return out;
    }

    /** Like {@code dixit extract}: an article the engine fails on is rejected, the others go on. */
    private Extracted extract(Article a) {
        try {
            return Extracted.of(Engine.EXTRACTOR.extract(a), json);
        } catch (RuntimeException | StackOverflowError e) {
            return Extracted.rejected(new Rejection(a.id(), 0, a.id(), "extraction failed: " + e));
        }
    }

    /** One engine per executor JVM, built on first use: loading the lexicons costs more than many articles. */
    private static final class Engine {
        static final QuoteExtractor EXTRACTOR = DixitExtractor.create();
    }
}
