package org.dixit.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.grammar.Grammar;
import org.dixit.grammar.en.EnglishGrammar;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.io.ArticleReader;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.lexicon.Lexicon;
import org.dixit.lexicon.LexiconLoader;
import org.dixit.model.Article;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dixit bench}: the cost of full extraction against the cost of a bare pass over the same
 * bytes, measured in one run. Every pass reads the input files again (from the page cache), so each
 * stage includes reading, UTF-8 decoding and JSON parsing:
 * <ol>
 *   <li>read: bytes to articles;</li>
 *   <li>(a) read + tokenize: what any text tool must do at least;</li>
 *   <li>read + tokenize + segment into sentences and paragraphs;</li>
 *   <li>(b) read + extract + write the JSONL line: what {@code dixit extract} does.</li>
 * </ol>
 * Each stage reports wall time, process CPU time (every thread of the JVM, JIT and GC included),
 * articles/s, MB/s of input and articles per CPU-second (mean of the timed passes, and the best pass, the one
 * least disturbed by other processes); then the ratio (b)/(a) of CPU times.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed against a bare pass (read + tokenize) over the same input.",
                "Each stage: --warmup untimed passes, then --repeat timed passes; every pass re-reads the files."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threads", description = "Worker threads (default: cores; use 1 for per-core figures).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", description = "Timed passes per stage (default: ${DEFAULT-VALUE}).")
    int repeat = 5;

    @Option(names = "--warmup", description = "Untimed passes first, so the JIT has compiled the hot code "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--only", description = "Run only the full extraction stage (for profiling).")
    boolean onlyFull;

    /**
     * One measured stage over all its timed passes.
     *
     * @param bestWallNanos the fastest pass: on a shared machine, the one least disturbed by others
     * @param bestCpuNanos  the pass that used the least CPU
     * @param checksum      sum of what the work returned, printed so that no stage can be optimised away
     */
    record Timing(long wallNanos, long cpuNanos, long bestWallNanos, long bestCpuNanos, long articles, long checksum) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long bytes = inputBytes();
        QuoteExtractor extractor = DixitExtractor.create();
        QuoteJsonWriter json = new QuoteJsonWriter(false);
        Map<String, Lexicon> lexicons = Map.of("fr", new LexiconLoader(new FrenchGrammar()).load(),
                "en", new LexiconLoader(new EnglishGrammar()).load());
        Map<String, Tokenizer> tokenizers = Map.of("fr", tokenizer(lexicons.get("fr")), "en", tokenizer(lexicons.get("en")));
        long[] articles = {0};
        readAll(err, a -> articles[0]++);
        if (articles[0] == 0) {
            err.println("dixit: no article to benchmark");
            return 1;
        }
        out.printf(Locale.ROOT, "input: %d articles, %.1f MB; %d worker thread(s); %d warm-up + %d timed passes per stage%n",
                articles[0], bytes / 1e6, threads, warmup, repeat);
        out.printf(Locale.ROOT, "JVM: %s %s, flags %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<Timing> timings = new ArrayList<>();
        if (!onlyFull) {
            timings.add(stage(out, err, "read (bytes, UTF-8, JSON)", bytes, a -> a.text().length()));
            timings.add(stage(out, err, "(a) read + tokenize", bytes,
                    a -> tokenizers.get(lang(a)).tokenize(a.text()).size()));
            timings.add(stage(out, err, "read + tokenize + segment", bytes,
                    a -> TextAnalysis.of(a.text(), tokenizers.get(lang(a)), lexicons.get(lang(a)).abbreviations()).size()));
        }
        Timing full = stage(out, err, "(b) read + extract + JSON out", bytes,
                a -> json.line(extractor.extract(a)).length());
        timings.add(full);
        if (!onlyFull) {
            Timing bare = timings.get(1);
            out.printf(Locale.ROOT, "(b)/(a) CPU time: %s mean, %s best passes   (b)/(a) wall time: %s mean, %s best%n",
                    ratio(full.cpuNanos(), bare.cpuNanos()), ratio(full.bestCpuNanos(), bare.bestCpuNanos()),
                    ratio(full.wallNanos(), bare.wallNanos()), ratio(full.bestWallNanos(), bare.bestWallNanos()));
        }
        out.flush();
        return 0;
    }

    /**
     * A ratio of two times, or "n/a" when the divisor is zero: process CPU time is counted in clock
     * ticks (10 ms on Linux), so a very short pass may show none.
     */
    private static String ratio(long a, long b) {
        return b > 0 ? String.format(Locale.ROOT, "%.2f", (double) a / b) : "n/a";
    }

    private static Tokenizer tokenizer(Lexicon lex) {
        return new Tokenizer(lex.elisions(), lex.inversions().keySet());
    }

    /** The engine a {@link DixitExtractor} picks for an article: French unless English is asked for. */
    private static String lang(Article a) {
        return "en".equalsIgnoreCase(a.lang()) ? "en" : "fr";
    }

    private Timing stage(PrintWriter out, PrintWriter err, String name, long bytes, ToLongFunction<Article> work) {
        run(err, work, warmup);
        Timing t = run(err, work, repeat);
        double wall = t.wallNanos() / 1e9 / repeat;
        double cpu = t.cpuNanos() / 1e9 / repeat;
        long n = t.articles() / repeat;
        out.printf(Locale.ROOT, "%-31s %8.0f articles/s %7.1f MB/s %8s articles/CPU-s  (mean of %d passes: %.3f s wall, "
                        + "%.3f s CPU; best: %.3f s wall, %.3f s CPU; checksum %d)%n",
                name, n / wall, bytes / 1e6 / wall, cpu > 0 ? String.format(Locale.ROOT, "%.0f", n / cpu) : "n/a",
                repeat, wall, cpu, t.bestWallNanos() / 1e9, t.bestCpuNanos() / 1e9, t.checksum() / repeat);
        out.flush();
        return t;
    }

    /** {@code passes} passes of read + work, on the pipeline {@code dixit extract} uses. */
    private Timing run(PrintWriter err, ToLongFunction<Article> work, int passes) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong sum = new AtomicLong();
        AtomicLong count = new AtomicLong();
        long wallTotal = 0;
        long cpuTotal = 0;
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int p = 0; p < passes; p++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (OrderedPipeline<Article, Long> pipe = new OrderedPipeline<>(Math.max(1, threads), work::applyAsLong,
                    v -> {
                        sum.addAndGet(v);
                        count.incrementAndGet();
                    })) {
                readAll(err, pipe::submit);
                pipe.finish();
            }
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            wallTotal += wall;
            cpuTotal += cpu;
            bestWall = Math.min(bestWall, wall);
            bestCpu = Math.min(bestCpu, cpu);
        }
        return new Timing(wallTotal, cpuTotal, bestWall, bestCpu, count.get(), sum.get());
    }

    private void readAll(PrintWriter err, java.util.function.Consumer<Article> sink) {
        new ArticleReader(2_000_000, null, r -> err.println("dixit: " + r.describe()), System.in).read(inputs, sink);
    }

    private long inputBytes() {
        long total = 0;
        for (String in : inputs) {
            Path p = Path.of(in);
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                total += files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (java.io.IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (java.io.IOException e) {
                // unreadable inputs are reported by the reader
            }
        }
        return total;
    }
}
