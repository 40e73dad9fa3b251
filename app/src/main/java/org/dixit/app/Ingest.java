package org.dixit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * Streams articles into an archive. Worker threads skip what the archive already holds unchanged,
 * extract the rest and store it (Lucene indexes from several threads; storing on the reading
 * thread alone measured as the bottleneck). The calling thread takes the outcomes in input order,
 * counts them and commits every {@code commitEvery} articles, so a crash loses at most the
 * articles since the last commit and a re-run skips everything before it. Memory is bounded by
 * the pipeline window and Lucene's buffer, whatever the input size.
 * <p>
 * An id met again while its earlier occurrence is still in flight waits for it, so the last
 * occurrence in the input is the one kept, as with a single thread.
 */
final class Ingest implements AutoCloseable {
    private final QuoteArchive archive;
    private final int commitEvery;
    private final Consumer<Rejection> rejections;
    private final Runnable onCommit;
    private final OrderedPipeline<Object, Outcome> pipeline;
    /** Ids in flight, with how many times (calling thread only). */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private long stored;
    private long skipped;
    private long quotes;
    private long sinceCommit;
    private long commits;

    /** What a worker made of one input: stored (with its quote count), skipped, or rejected. */
    private record Outcome(String id, int quotes, boolean skip, Rejection error) {
    }

    /**
     * @param force       extract and store again articles the archive already holds unchanged
     * @param rejections  where articles that cannot be extracted or stored are reported
     * @param onCommit    called after each commit (progress display, tests)
     */
    Ingest(QuoteArchive archive, QuoteExtractor extractor, int threads, int commitEvery, boolean force,
           Consumer<Rejection> rejections, Runnable onCommit) {
        this.archive = archive;
        this.commitEvery = Math.max(1, commitEvery);
        this.rejections = rejections;
        this.onCommit = onCommit;
        this.pipeline = new OrderedPipeline<>(Math.max(1, threads), in -> work(in, extractor, force), this::deliver);
    }

    private Outcome work(Object in, QuoteExtractor extractor, boolean force) {
        String id = in instanceof Article a ? a.id() : ((ArticleQuotes) in).article().id();
        ArticleQuotes result;
        try {
            if (in instanceof ArticleQuotes aq) {
                if (!force && archive.holds(aq)) {
                    return new Outcome(id, 0, true, null);
                }
                result = aq;
            } else {
                Article a = (Article) in;
                if (!force && archive.holds(a)) {
                    return new Outcome(id, 0, true, null);
                }
                result = extractor.extract(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(id, 0, false, new Rejection(id, 0, id, "extraction failed: " + e));
        }
        try {
            archive.add(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // a document Lucene refuses (a term over 32 KB); the archive keeps its previous state
            return new Outcome(id, 0, false, new Rejection(id, 0, id, "cannot store: " + oneLine(e.getMessage())));
        }
        return new Outcome(id, result.quotes().size(), false, null);
    }

    private static String oneLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private void deliver(Outcome o) {
        inFlight.computeIfPresent(o.id(), (k, n) -> n == 1 ? null : n - 1);
        if (o.error() != null) {
            rejections.accept(o.error());
            return;
        }
        if (o.skip()) {
            skipped++;
            return;
        }
        stored++;
        quotes += o.quotes();
        if (++sinceCommit >= commitEvery) {
            try {
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void commit() throws IOException {
        archive.commit();
        sinceCommit = 0;
        commits++;
        onCommit.run();
    }

    /** Queues an article to extract and store. */
    void submit(Article a) {
        enqueue(a.id(), a);
    }

    /** Queues an already-extracted article to store as it is. */
    void submit(ArticleQuotes aq) {
        enqueue(aq.article().id(), aq);
    }

    private void enqueue(String id, Object in) {
        if (inFlight.containsKey(id)) {
            pipeline.finish(); // rare: the same id twice within the window; keep input order
        }
        inFlight.merge(id, 1, Integer::sum);
        pipeline.submit(in);
    }

    /** Stores everything queued and commits. */
    void finish() throws IOException {
        pipeline.finish();
        if (sinceCommit > 0 || commits == 0) {
            commit();
        }
    }

    /** Articles stored so far. */
    long stored() {
        return stored;
    }

    /** Articles skipped because the archive held them unchanged. */
    long skipped() {
        return skipped;
    }

    /** Quotes stored so far. */
    long quotes() {
        return quotes;
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
