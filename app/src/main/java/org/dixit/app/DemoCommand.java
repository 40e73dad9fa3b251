package org.dixit.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.io.ArticleReader;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit demo}: the bundled sample, extracted: the seed's quotes, then a corpus summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs dixit on the bundled sample (corpus/): prints the seed article's quotes and a summary "
                + "of the French Wikinews corpus.")
public final class DemoCommand implements Callable<Integer> {
    private static final int TOP_SPEAKERS = 15;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", description = "The sample folder (default: ./corpus).")
    Path corpus = Path.of("corpus");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path seed = corpus.resolve("seed/kazakhstan-2022-01.txt");
        Path wiki = corpus.resolve("fr-wikinews.jsonl");
        if (!Files.exists(seed) || !Files.exists(wiki)) {
            err.println("dixit: the bundled sample is not in " + corpus.toAbsolutePath()
                    + " (run from the repository root, or pass --corpus)");
            return 1;
        }
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
