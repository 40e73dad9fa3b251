package org.dixit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.Provenance;
import org.dixit.index.QuoteArchive;
import org.dixit.index.StoredArticle;
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
 * "Unchanged" covers the engine too: each article's quotes are stored with the fingerprint of the
 * engine that extracted them ({@link Provenance}), and an article stored unchanged whose quotes
 * another engine extracted (an older dixit, other rules or lexicons) is extracted again and replaced.
 * Quotes loaded with their article (extracted elsewhere: {@code dixit index --extracted}) are kept
 * as they are until {@link Policy#REEXTRACT} asks for them to be extracted from the text.
 * <p>
 * An id met again while its earlier occurrence is still in flight waits for it, so the last
 * occurrence in the input is the one kept, as with a single thread.
 */
final class Ingest implements AutoCloseable {
    /** What to do with an article the archive already holds unchanged. */
    enum Policy {
        /** Skip it, unless its quotes were extracted here by another engine (then extract it again). */
        SKIP_UNCHANGED,
        /** As {@link #SKIP_UNCHANGED}, and also extract again the quotes loaded with articles. */
        REEXTRACT,
        /** Extract (or store) it again whatever it is. */
        FORCE
    }

    private final QuoteArchive archive;
    private final String engine;
    private final Policy policy;
    private final int commitEvery;
    private final Consumer<Rejection> rejections;
    private final Runnable onCommit;
    private final OrderedPipeline<Input, Outcome> pipeline;
    /** Ids in flight, with how many times (calling thread only). */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private long stored;
    private long reextracted;
    private long skipped;
    private long skippedLoaded;
    private long quotes;
    private long sinceCommit;
    private long commits;

    /** One queued input: an article to extract, or one with its quotes (and their engine, or null). */
    private record Input(Article article, ArticleQuotes extracted, String engine) {
        String id() {
            return article != null ? article.id() : extracted.article().id();
        }
    }

    /** What was done with an input. */
    private enum Done { STORED, REEXTRACTED, SKIPPED, SKIPPED_LOADED, REJECTED }

    /** What a worker made of one input, with its quote count when stored, or its rejection. */
    private record Outcome(String id, int quotes, Done done, Rejection error) {
        static Outcome skipped(String id, Done why) {
            return new Outcome(id, 0, why, null);
        }

        static Outcome rejected(String id, String reason) {
            return new Outcome(id, 0, Done.REJECTED, new Rejection(id, 0, id, reason));
        }
    }

    /**
     * @param engine      fingerprint of {@code extractor} ({@link Version#engine()}; tests pass another to
     *                    stand for an upgrade), stored with the quotes it extracts
     * @param policy      what to do with articles the archive already holds unchanged
     * @param rejections  where articles that cannot be extracted or stored are reported
     * @param onCommit    called after each commit (progress display, tests)
     */
    Ingest(QuoteArchive archive, QuoteExtractor extractor, String engine, Policy policy, int threads, int commitEvery,
           Consumer<Rejection> rejections, Runnable onCommit) {
        this.archive = archive;
        this.engine = engine;
        this.policy = policy;
        this.commitEvery = Math.max(1, commitEvery);
        this.rejections = rejections;
        this.onCommit = onCommit;
        this.pipeline = new OrderedPipeline<>(Math.max(1, threads), in -> work(in, extractor), this::deliver);
    }

    private Outcome work(Input in, QuoteExtractor extractor) {
        String id = in.id();
        ArticleQuotes result;
        Provenance provenance;
        boolean again = false;
        try {
            StoredArticle before = policy == Policy.FORCE ? null : archive.stored(id).orElse(null);
            if (in.extracted() != null) {
                provenance = Provenance.loaded(in.engine());
                if (before != null && before.sameContent(in.extracted()) && (provenance.equals(before.provenance())
                        || before.provenance() != null && before.provenance().local())) {
                    // the same quotes: keep them, and the record of this engine having extracted them
                    return Outcome.skipped(id, Done.SKIPPED);
                }
                result = in.extracted();
            } else {
                if (before != null && before.sameArticle(in.article())) {
                    Provenance was = before.provenance();
                    if (before.extractedHereBy(engine)) {
                        return Outcome.skipped(id, Done.SKIPPED);
                    }
                    if (was != null && !was.local() && policy != Policy.REEXTRACT) {
                        return Outcome.skipped(id, Done.SKIPPED_LOADED);
                    }
                    again = true; // another engine's quotes, or ones stored before engines were recorded
                }
                provenance = Provenance.extractedBy(engine);
                result = extractor.extract(in.article());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.rejected(id, "extraction failed: " + e);
        }
        try {
            archive.add(result, provenance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // a document Lucene refuses (a term over 32 KB); the archive keeps its previous state
            return Outcome.rejected(id, "cannot store: " + oneLine(e.getMessage()));
        }
        return new Outcome(id, result.quotes().size(), again ? Done.REEXTRACTED : Done.STORED, null);
    }

    private static String oneLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private void deliver(Outcome o) {
        inFlight.computeIfPresent(o.id(), (k, n) -> n == 1 ? null : n - 1);
        switch (o.done()) {
            case REJECTED -> {
                rejections.accept(o.error());
                return;
            }
            case SKIPPED -> {
                skipped++;
                return;
            }
            case SKIPPED_LOADED -> {
                skipped++;
                skippedLoaded++;
                return;
            }
            case REEXTRACTED -> reextracted++;
            case STORED -> { }
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
        enqueue(a.id(), new Input(a, null, null));
    }

    /** Queues an already-extracted article to store as it is; its quotes' engine is not known. */
    void submit(ArticleQuotes aq) {
        submit(aq, null);
    }

    /**
     * Queues an already-extracted article to store as it is.
     *
     * @param engine fingerprint of the engine that extracted its quotes, as the input says; null: not known
     */
    void submit(ArticleQuotes aq, String engine) {
        enqueue(aq.article().id(), new Input(null, aq, engine));
    }

    private void enqueue(String id, Input in) {
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

    /** Articles stored so far (re-extracted ones included). */
    long stored() {
        return stored;
    }

    /** Articles stored unchanged but extracted by another engine, extracted again and replaced so far. */
    long reextracted() {
        return reextracted;
    }

    /** Of the skipped articles, those whose stored quotes were loaded with them (extracted elsewhere). */
    long skippedLoaded() {
        return skippedLoaded;
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
