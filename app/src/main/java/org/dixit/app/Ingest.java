package org.dixit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * Streams articles into an archive: worker threads skip what the archive already holds unchanged
 * and extract the rest; the calling thread stores results in input order and commits every
 * {@code commitEvery} articles, so a crash loses at most the articles since the last commit and a
 * re-run skips everything before it. Memory is bounded by the pipeline window and Lucene's buffer.
 */
final class Ingest implements AutoCloseable {
    private final QuoteArchive archive;
    private final int commitEvery;
    private final Consumer<Rejection> rejections;
    private final Runnable onCommit;
    private final OrderedPipeline<Object, Outcome> pipeline;
    private long stored;
    private long skipped;
    private long quotes;
    private long sinceCommit;
    private long commits;

    /** What a worker made of one input: a result to store, a skip, or a failure. */
    private record Outcome(ArticleQuotes result, boolean skip, Rejection error) {
    }

    /**
     * @param force       extract and store again articles the archive already holds unchanged
     * @param rejections  where extraction failures are reported
     * @param onCommit    called after each commit (progress display, tests)
     */
    Ingest(QuoteArchive archive, QuoteExtractor extractor, int threads, int commitEvery, boolean force,
           Consumer<Rejection> rejections, Runnable onCommit) {
        this.archive = archive;
        this.commitEvery = Math.max(1, commitEvery);
        this.rejections = rejections;
        this.onCommit = onCommit;
        this.pipeline = new OrderedPipeline<>(Math.max(1, threads), in -> work(in, extractor, force), this::store);
    }

    private Outcome work(Object in, QuoteExtractor extractor, boolean force) {
        try {
            if (in instanceof ArticleQuotes aq) {
                return !force && archive.holds(aq) ? new Outcome(null, true, null) : new Outcome(aq, false, null);
            }
            Article a = (Article) in;
            if (!force && archive.holds(a)) {
                return new Outcome(null, true, null);
            }
            return new Outcome(extractor.extract(a), false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            String id = in instanceof Article a ? a.id() : ((ArticleQuotes) in).article().id();
            return new Outcome(null, false, new Rejection(id, 0, id, "extraction failed: " + e));
        }
    }

    private void store(Outcome o) {
        if (o.error() != null) {
            rejections.accept(o.error());
            return;
        }
        if (o.skip()) {
            skipped++;
            return;
        }
        try {
            archive.add(o.result());
            stored++;
            quotes += o.result().quotes().size();
            if (++sinceCommit >= commitEvery) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        pipeline.submit(a);
    }

    /** Queues an already-extracted article to store as it is. */
    void submit(ArticleQuotes aq) {
        pipeline.submit(aq);
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
