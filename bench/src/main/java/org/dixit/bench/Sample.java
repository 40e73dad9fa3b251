package org.dixit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dixit.io.ArticleReader;
import org.dixit.model.Article;

/**
 * The bundled benchmark input: the first 100 articles of the French Wikinews sample
 * (CC BY 2.5, see corpus/fr-wikinews.ATTRIBUTION.md), as raw JSONL bytes and as parsed articles.
 */
public final class Sample {
    /** Articles in the sample; benchmarks report per-article figures with it. */
    public static final int ARTICLES = 100;
    private static final String RESOURCE = "sample-fr.jsonl";

    private Sample() {
    }

    /** The raw JSONL bytes. */
    public static byte[] bytes() {
        try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's articles, read by the same reader as {@code dixit extract}. */
    public static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        read(bytes(), out);
        if (out.size() != ARTICLES) {
            throw new IllegalStateException("expected " + ARTICLES + " articles in the sample, read " + out.size());
        }
        return out;
    }

    /** Reads JSONL bytes into {@code out}; returns the number of articles. */
    public static int read(byte[] jsonl, List<Article> out) {
        int before = out.size();
        new ArticleReader(2_000_000, null, r -> {
            throw new IllegalStateException("bad sample record: " + r.describe());
        }, new ByteArrayInputStream(jsonl)).read(List.of("-"), out::add);
        return out.size() - before;
    }
}
