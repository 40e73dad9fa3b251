package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dixit.app.serve.DixitServer;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.io.ArticleReader;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dixit demo}: the bundled sample, indexed into an archive and served with the web UI; with
 * {@code --print}, only extracted and printed (the seed's quotes, then a corpus summary).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Indexes the bundled sample (corpus/: the seed dispatch and 1,191 French Wikinews articles) "
                + "into the archive (default ./dixit-data) and serves the web UI, printing its address. "
                + "Articles already stored are skipped, so a second run starts at once; those extracted by another "
                + "engine (an older dixit) are extracted again.",
                "With --print: only extracts the sample and prints the seed article's quotes and a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (or server stopped)", "1:sample missing, archive unusable, or port in use"})
public final class DemoCommand implements Callable<Integer> {
    private static final int TOP_SPEAKERS = 15;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The sample folder (default: ./corpus).")
    Path corpus = Path.of("corpus");

    @Option(names = "--print", description = "Only extract the sample and print its quotes (no archive, no server).")
    boolean print;

    @Mixin
    ArchiveOption data = new ArchiveOption();

    @Mixin
    ListenOptions listen = new ListenOptions();

    /** Fingerprint of the engine stored with the quotes; null: this build's ({@link Version#engine()}). Tests set it. */
    String engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!sampleExists(err)) {
            return 1;
        }
        if (print) {
            return printSample(out, err);
        }
        DixitServer server;
        try {
            server = indexAndServe(out, err);
        } catch (IOException e) {
            err.println("dixit: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("dixit: cannot write the archive: " + e.getCause().getMessage());
            return 1;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                err.println("dixit: cannot write the archive: " + u.getCause().getMessage());
                return 1;
            }
            throw e;
        }
        ServeCommand.announce(out, server, false);
        return ServeCommand.serveUntilStopped(server, err);
    }

    private Path seed() {
        return corpus.resolve("seed/kazakhstan-2022-01.txt");
    }

    private Path wiki() {
        return corpus.resolve("fr-wikinews.jsonl");
    }

    private boolean sampleExists(PrintWriter err) {
        if (!Files.exists(seed()) || !Files.exists(wiki())) {
            err.println("dixit: the bundled sample is not in " + corpus.toAbsolutePath()
                    + " (run from the repository root, or pass --corpus)");
            return false;
        }
        return true;
    }

    /**
     * Indexes the sample into the archive of {@code --data} (skipping what is stored unchanged), then starts a
     * read-only server on it; the caller stops it.
     */
    DixitServer indexAndServe(PrintWriter out, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        long rejected;
        long stored;
        long reextracted;
        long skipped;
        long quotes;
        try (QuoteArchive archive = QuoteArchive.open(data.dir())) {
            long[] bad = {0};
            try (Ingest ingest = new Ingest(archive, DixitExtractor.create(), engine != null ? engine : Version.engine(),
                    Ingest.Policy.SKIP_UNCHANGED, Runtime.getRuntime().availableProcessors(), 1000, r -> {
                        bad[0]++;
                        err.println("dixit: " + r.describe());
                    }, () -> { })) {
                ArticleReader reader = new ArticleReader(2_000_000, null, r -> {
                    bad[0]++;
                    err.println("dixit: " + r.describe());
                }, System.in);
                reader.read(List.of(seed().toString(), wiki().toString()), ingest::submit);
                ingest.finish();
                stored = ingest.stored();
                reextracted = ingest.reextracted();
                skipped = ingest.skipped();
                quotes = ingest.quotes();
            }
            rejected = bad[0];
            if (stored > 0 || archive.stats().derivedStale()) {
                archive.rebuildDerived();
            }
        }
        out.printf("dixit: the bundled sample in %s: %d articles indexed (%d quotes%s), %d already stored, %d rejected "
                + "(%.1f s)%n", data.dir(), stored, quotes,
                reextracted > 0 ? "; " + reextracted + " of them re-extracted: stored by another engine" : "",
                skipped, rejected, (System.nanoTime() - t0) / 1e9);
        out.flush();
        try {
            return ServeCommand.start(data.dir(), null, listen.host(), listen.port());
        } catch (IOException e) {
            throw new IOException(e.getMessage() + (listen.port() != 0 ? " (choose another with --port N, or --port 0)" : ""));
        }
    }

    private int printSample(PrintWriter out, PrintWriter err) {
        Path seed = seed();
        Path wiki = wiki();
        QuoteExtractor extractor = DixitExtractor.create();
        ArticleReader reader = new ArticleReader(2_000_000, null, r -> err.println("dixit: " + r.describe()), System.in);
        out.println("The seed article (" + seed + "):");
        ExtractCommand.TextFormatter text = new ExtractCommand.TextFormatter(out);
        reader.read(List.of(seed.toString()), a -> text.write(extractor.extract(a)));

        long start = System.nanoTime();
        int[] articles = {0};
        Map<QuoteType, Integer> byType = new EnumMap<>(QuoteType.class);
        Map<String, Integer> bySpeaker = new HashMap<>();
        try (OrderedPipeline<org.dixit.model.Article, ArticleQuotes> p = new OrderedPipeline<>(
                Runtime.getRuntime().availableProcessors(), extractor::extract, aq -> {
                    articles[0]++;
                    for (Quote q : aq.quotes()) {
                        byType.merge(q.type(), 1, Integer::sum);
                        if (q.speaker() != null) {
                            bySpeaker.merge(q.speaker(), 1, Integer::sum);
                        }
                    }
                })) {
            reader.read(List.of(wiki.toString()), p::submit);
            p.finish();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int total = byType.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("%nThe French Wikinews sample (%s): %d articles, %d quotes in %.1f s%n", wiki, articles[0], total, secs);
        out.println("  by type: " + byType);
        out.println("  most quoted speakers:");
        List<Map.Entry<String, Integer>> top = new ArrayList<>(bySpeaker.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        top.stream().limit(TOP_SPEAKERS).forEach(e -> out.printf("    %4d  %s%n", e.getValue(), e.getKey()));
        out.println("\nMore: ./dixit extract --format text FILE | ./dixit extract --help");
        out.flush();
        return 0;
    }
}
