package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.index.RebuildSummary;
import org.dixit.index.speakers.AliasTable;
import org.dixit.io.ArticleReader;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dixit index}: extracts the quotes of articles and stores articles and quotes in the
 * archive, then rebuilds speaker entities and quote clusters.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extracts quotes and stores articles and quotes in the search archive (default ./dixit-data).",
                "Inputs as for 'dixit extract'. Lines that already carry a \"quotes\" array (output of "
                        + "'dixit extract --with-text') are stored as they are, without extracting again.",
                "Re-indexing an article with the same id replaces it; an article already stored unchanged is "
                        + "skipped, so an interrupted run can simply be started again.",
                "Each article's quotes are stored with the fingerprint of the engine that extracted them (see "
                        + "'dixit --version'): an article stored unchanged but extracted by another engine (an older "
                        + "dixit) is extracted again and replaced. Quotes loaded with their articles (--extracted) keep "
                        + "the engine the input names, or 'external', and are extracted again only with --reextract.",
                "Speakers are then resolved across articles and repeated quotations clustered.",
                "Alias file (--aliases): UTF-8, one rule per line, '#' comments:",
                "  NAME<TAB>ALIAS[<TAB>ALIAS...]  ALIAS is the same person as NAME (NAME is displayed)",
                "  !NAME                          never merge NAME automatically",
                "  !NAME<TAB>OTHER                NAME and OTHER are different people"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was stored", "2:some records were rejected (see stderr), or bad options",
                "1:nothing usable was read, or the archive could not be written"})
public final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    ArchiveOption data = new ArchiveOption();

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Speaker alias file; kept in the archive for later runs (see above).")
    Path aliases;

    @Option(names = "--no-aliases", description = "Remove the alias file kept in the archive.")
    boolean noAliases;

    @Option(names = "--rebuild-speakers",
            description = "Only re-resolve speakers and re-cluster quotes (no PATH needed).")
    boolean rebuildOnly;

    @Option(names = "--extracted", description = "Every record must carry its \"quotes\" (never extract).")
    boolean extractedOnly;

    @Option(names = {"--reextract", "--re-extract"}, description = "Extract every article again from its text unless "
            + "this engine already did: \"quotes\" arrays in the input are ignored, and stored articles whose quotes "
            + "were loaded (--extracted) are extracted too. Without PATH: every stored article, from its stored text.")
    boolean reExtract;

    @Option(names = "--force", description = "Process articles again even when stored unchanged by this engine.")
    boolean force;

    /** Fingerprint of the engine stored with the quotes; null: this build's ({@link Version#engine()}). Tests set it. */
    String engine;

    @Option(names = "--commit-every", paramLabel = "N",
            description = "Commit (make durable) every N articles (default: ${DEFAULT-VALUE}).")
    int commitEvery = 1000;

    @Option(names = "--threads", description = "Threads extracting and storing (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lang", description = "Force the language of every article (fr, en).")
    String lang;

    @Option(names = "--max-chars", description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = 2_000_000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && !rebuildOnly && aliases == null && !noAliases && !reExtract) {
            err.println("dixit: nothing to index: give input PATHs, --reextract, or --rebuild-speakers");
            return 2;
        }
        if (extractedOnly && reExtract) {
            err.println("dixit: --extracted and --reextract contradict each other");
            return 2;
        }
        if (threads < 1 || commitEvery < 1 || maxChars < 1) {
            err.println("dixit: --threads, --commit-every and --max-chars must be at least 1");
            return 2;
        }
        long t0 = System.nanoTime();
        try (QuoteArchive archive = QuoteArchive.open(data.dir())) {
            if (noAliases) {
                archive.useAliases(null);
            }
            if (aliases != null) {
                archive.useAliases(aliases);
            }
            Counts counts = new Counts(err);
            if (!inputs.isEmpty() || reExtract) {
                ingest(archive, counts, err);
            }
            // derived data follow the stored quotes; nothing to redo when nothing changed
            RebuildSummary derived = counts.stored > 0 || rebuildOnly || archive.stats().derivedStale()
                    ? archive.rebuildDerived() : null;
            double secs = (System.nanoTime() - t0) / 1e9;
            report(out, counts, derived, secs, archive.countExtractedByOtherEngines(engine()));
            if (!inputs.isEmpty() && counts.stored + counts.skipped == 0) {
                return 1;
            }
            return counts.rejected.get() > 0 ? 2 : 0;
        } catch (AliasTable.AliasFileException e) {
            err.println("dixit: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("dixit: no such file: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("dixit: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("dixit: cannot write the archive: " + e.getCause().getMessage());
            return 1;
        } catch (IllegalStateException e) {
            // a worker's failure, or Lucene closing the writer after a fatal error (disk full…)
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("dixit: cannot write the archive: " + cause.getMessage());
            return 1;
        }
    }

    private void ingest(QuoteArchive archive, Counts counts, PrintWriter err) throws IOException {
        // a terminal only: a log file gets the summary, not hundreds of carriage returns
        Progress progress = new Progress(err, System.console() != null, counts.rejected);
        Ingest.Policy policy = force ? Ingest.Policy.FORCE
                : reExtract ? Ingest.Policy.REEXTRACT : Ingest.Policy.SKIP_UNCHANGED;
        try (Ingest ingest = new Ingest(archive, DixitExtractor.create(), engine(), policy, threads, commitEvery,
                counts::reject, () -> { })) {
            Consumer<Article> articles = a -> {
                if (extractedOnly) {
                    counts.reject(new Rejection(a.id(), 0, a.id(), "no \"quotes\" array (--extracted)"));
                    return;
                }
                ingest.submit(a);
                progress.tick(ingest);
            };
            if (inputs.isEmpty() && force) {
                archive.forEachArticle(articles);
            } else if (inputs.isEmpty()) {
                // --reextract alone: the archive's own articles, from their stored text
                archive.forEachArticleNotExtractedBy(engine(), articles);
            } else if (reExtract) {
                new ArticleReader(maxChars, lang, counts::reject, System.in).read(inputs, articles);
            } else {
                ArticleReader.withEngines(maxChars, lang, counts::reject, System.in, (aq, by) -> {
                    ingest.submit(aq, by);
                    progress.tick(ingest);
                }).read(inputs, articles);
            }
            ingest.finish();
            progress.done(ingest);
            counts.stored = ingest.stored();
            counts.reextracted = ingest.reextracted();
            counts.skipped = ingest.skipped();
            counts.skippedLoaded = ingest.skippedLoaded();
            counts.quotes = ingest.quotes();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u;
            }
            throw e;
        }
    }

    private String engine() {
        return engine != null ? engine : Version.engine();
    }

    private void report(PrintWriter out, Counts c, RebuildSummary d, double secs, long otherEngines) {
        if (!inputs.isEmpty() || reExtract) {
            out.printf("indexed %d articles (%d quotes) into %s in %.1f s (%.0f articles/s)%n", c.stored, c.quotes,
                    data.dir(), secs, (c.stored + c.skipped) / Math.max(secs, 1e-3));
            if (c.reextracted > 0) {
                out.printf("re-extracted %d of them: stored unchanged, but extracted by another engine (now %s)%n",
                        c.reextracted, engine());
            }
            if (c.skipped > 0) {
                out.printf("skipped %d articles already stored unchanged (--force to process them again)%n", c.skipped);
            }
            if (c.skippedLoaded > 0) {
                out.printf("  %d of them with quotes extracted elsewhere and loaded (--reextract to extract them here)%n",
                        c.skippedLoaded);
            }
            out.printf("rejected %d records%s%n", c.rejected.get(), c.byReason.isEmpty() ? "" : ":");
            c.byReason.forEach((reason, n) -> out.printf("  %6d  %s%n", n, reason));
        }
        if (otherEngines > 0) {
            out.printf("%d stored articles were extracted by another engine: index their inputs again, or "
                    + "'dixit index --reextract' to extract every stored article with this engine%n", otherEngines);
        }
        if (d == null) {
            out.println("speakers and repeated quotations: unchanged");
        } else {
            out.printf("speakers: %d entities from %d speaker names; repeated quotations: %d clusters of %d quotes "
                    + "(%d ms)%n", d.speakers(), d.speakerStrings(), d.clusters(), d.clusteredQuotes(), d.millis());
        }
        out.flush();
    }

    /** Rejections (reported one per line on stderr as they happen, summed by reason) and totals. */
    private static final class Counts {
        final PrintWriter err;
        final AtomicLong rejected = new AtomicLong();
        final Map<String, Integer> byReason = new TreeMap<>();
        long stored;
        long reextracted;
        long skipped;
        long skippedLoaded;
        long quotes;

        Counts(PrintWriter err) {
            this.err = err;
        }

        synchronized void reject(Rejection r) {
            rejected.incrementAndGet();
            err.println("dixit: " + r.describe());
            String kind = kind(r.reason());
            // bounded: odd inputs can produce any number of distinct reasons
            byReason.merge(byReason.size() < MAX_REASONS || byReason.containsKey(kind) ? kind : "other reasons", 1,
                    Integer::sum);
        }

        /** The reason without its particulars ("broken JSON: Unexpected…" → "broken JSON"; numbers → N). */
        static String kind(String reason) {
            String k = reason.replaceAll("\\s*\\(.*$", "").replaceAll("\\d+", "N").strip();
            int colon = k.indexOf(": ");
            if (colon > 0 && DETAILED.contains(k.substring(0, colon))) {
                return k.substring(0, colon);
            }
            return k;
        }

        private static final int MAX_REASONS = 40;
        private static final java.util.Set<String> DETAILED = java.util.Set.of("broken JSON", "cannot read",
                "read error", "extraction failed", "cannot list directory", "cannot store");
    }

    /** A one-line progress display on stderr, only when a terminal is attached. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final AtomicLong rejected;
        private final long start = System.nanoTime();
        private long last;

        Progress(PrintWriter err, boolean enabled, AtomicLong rejected) {
            this.err = err;
            this.enabled = enabled;
            this.rejected = rejected;
        }

        void tick(Ingest ingest) {
            long now = System.nanoTime();
            if (!enabled || now - last < 250_000_000L) {
                return;
            }
            last = now;
            double secs = (now - start) / 1e9;
            long n = ingest.stored() + ingest.skipped();
            err.printf("\rdixit: %d articles (%d already stored), %d quotes, %d rejected, %.0f articles/s ", n,
                    ingest.skipped(), ingest.quotes(), rejected.get(), n / Math.max(secs, 1e-3));
            err.flush();
        }

        void done(Ingest ingest) {
            if (enabled) {
                last = 0;
                tick(ingest);
                err.println();
            }
        }
    }
}
