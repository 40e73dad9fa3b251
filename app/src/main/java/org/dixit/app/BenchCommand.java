package org.dixit.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.io.ArticleReader;
import org.dixit.model.Article;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dixit bench}: extraction speed on a corpus held in memory — articles/s, MB/s, articles per
 * CPU-second — and, for comparison, the cost of a bare pass (tokenize and segment only).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction speed: --warmup untimed passes, then --repeat timed passes over the inputs.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threads", description = "Worker threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int repeat = 5;

    @Option(names = "--warmup", description = "Untimed passes first, so the JIT has compiled the hot code "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        new ArticleReader(2_000_000, null, r -> err.println("dixit: " + r.describe()), System.in).read(inputs, articles::add);
        if (articles.isEmpty()) {
            err.println("dixit: no article to benchmark");
            return 1;
        }
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        QuoteExtractor extractor = DixitExtractor.create();
        // the bare pass uses the same tokenizer and segmenter as the French engine
        org.dixit.lexicon.Lexicon lex = new org.dixit.lexicon.LexiconLoader(new org.dixit.grammar.fr.FrenchGrammar()).load();
        Tokenizer tokenizer = new Tokenizer(lex.elisions(), lex.inversions().keySet());
        java.util.Set<String> abbreviations = lex.abbreviations();
        out.printf("corpus: %d articles, %.1f MB of text, %d threads%n", articles.size(), bytes / 1e6, threads);
        run(articles, a -> TextAnalysis.of(a.text(), tokenizer, abbreviations).size(), warmup);
        long[] bare = run(articles, a -> TextAnalysis.of(a.text(), tokenizer, abbreviations).size(), repeat);
        run(articles, a -> extractor.extract(a).quotes().size(), warmup);
        long[] full = run(articles, a -> extractor.extract(a).quotes().size(), repeat);
        report(out, "bare pass (tokenize + segment)", articles.size(), bytes, bare);
        report(out, "full extraction", articles.size(), bytes, full);
        out.printf("quotes per pass: %d; full / bare time: %.2f%n", full[2] / repeat, (double) full[0] / bare[0]);
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        out.printf("heap used now: %.0f MB%n", mem.getHeapMemoryUsage().getUsed() / 1e6);
        out.flush();
        return 0;
    }

    /** Runs {@code passes} passes; returns {wall ns, process CPU ns, sum of results}. */
    private long[] run(List<Article> articles, java.util.function.ToIntFunction<Article> work, int passes) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        AtomicLong sum = new AtomicLong();
        for (int p = 0; p < passes; p++) {
            try (OrderedPipeline<Article, Integer> pipe = new OrderedPipeline<>(Math.max(1, threads), work::applyAsInt,
                    v -> sum.addAndGet(v))) {
                articles.forEach(pipe::submit);
                pipe.finish();
            }
        }
        return new long[] {System.nanoTime() - t0, os.getProcessCpuTime() - cpu0, sum.get()};
    }

    private void report(PrintWriter out, String name, int n, long bytes, long[] r) {
        double secs = r[0] / 1e9 / repeat;
        double cpu = r[1] / 1e9 / repeat;
        out.printf("%-32s %8.0f articles/s  %6.1f MB/s  %8.0f articles per CPU-second  (%.3f s wall, %.3f s CPU per pass)%n",
                name, n / secs, bytes / 1e6 / secs, n / cpu, secs, cpu);
    }
}
