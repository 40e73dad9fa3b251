package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.io.ArticleReader;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit extract}: quotes of every input article, in input order, on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts and attributes the quotations of news articles.",
                "Inputs: JSONL (one article per line), seed files (' date YYYY-MM text'), plain .txt, "
                        + "directories (recursive), '-' for standard input; .gz is read transparently."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was processed", "2:some records were rejected (see stderr)",
                "1:nothing usable was read"})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, csv, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", description = "json (default), csv or text.")
    Format format = Format.json;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lang", description = "Force the language of every article (fr, en).")
    String lang;

    @Option(names = "--with-text", description = "Include the article text in JSON output (for dixit index).")
    boolean withText;

    @Option(names = "--max-chars", description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = 2_000_000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuoteExtractor extractor = DixitExtractor.create();
        AtomicLong rejected = new AtomicLong();
        AtomicLong articles = new AtomicLong();
        AtomicLong quotes = new AtomicLong();
        OutputFormatter formatter = formatter(out);
        ArticleReader reader = new ArticleReader(maxChars, lang, r -> {
            rejected.incrementAndGet();
            err.println("dixit: " + r.describe());
        }, System.in);
        try (OrderedPipeline<Article, Outcome> pipeline = new OrderedPipeline<>(Math.max(1, threads),
                a -> Outcome.of(extractor, a), o -> {
                    if (o.error != null) {
                        rejected.incrementAndGet();
                        err.println("dixit: " + o.error.describe());
                        return;
                    }
                    articles.incrementAndGet();
                    quotes.addAndGet(o.result.quotes().size());
                    formatter.write(o.result);
                })) {
            reader.read(inputs, pipeline::submit);
            pipeline.finish();
        }
        formatter.close();
        out.flush();
        err.printf("dixit: %d articles, %d quotes, %d rejected%n", articles.get(), quotes.get(), rejected.get());
        err.flush();
        if (articles.get() == 0) {
            return 1;
        }
        return rejected.get() > 0 ? 2 : 0;
    }

    /** The result of one article: quotes, or why extraction failed. */
    record Outcome(ArticleQuotes result, Rejection error) {
        static Outcome of(QuoteExtractor extractor, Article a) {
            try {
                return new Outcome(extractor.extract(a), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(null, new Rejection(a.id(), 0, a.id(), "extraction failed: " + e));
            }
        }
    }

    private OutputFormatter formatter(PrintWriter out) {
        return switch (format) {
            case json -> new JsonFormatter(out, new QuoteJsonWriter(withText));
            case csv -> new CsvFormatter(out);
            case text -> new TextFormatter(out);
        };
    }

    /** Writes results in one output format. */
    interface OutputFormatter {
        void write(ArticleQuotes aq);

        default void close() {
        }
    }

    record JsonFormatter(PrintWriter out, QuoteJsonWriter writer) implements OutputFormatter {
        @Override
        public void write(ArticleQuotes aq) {
            out.println(writer.line(aq));
        }
    }

    /** One row per quote, with the article's id, date and source. */
    static final class CsvFormatter implements OutputFormatter {
        private final CSVPrinter csv;

        CsvFormatter(PrintWriter out) {
            try {
                csv = CSVFormat.DEFAULT.builder().setHeader("article_id", "date", "source", "lang", "start", "end", "type",
                        "speaker", "speaker_mention", "cue", "confidence", "rule", "text").build().print(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(ArticleQuotes aq) {
            Article a = aq.article();
            try {
                for (Quote q : aq.quotes()) {
                    csv.printRecord(a.id(), a.date() == null ? "" : a.date().iso(), a.source(), a.lang(), q.start(),
                            q.end(), q.type().label(), q.speaker(), q.speakerMention(), q.cue(), q.confidence(),
                            q.evidence().rule(), q.text());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Human-readable: the article, then each quote with its speaker, cue and rule. */
    record TextFormatter(PrintWriter out) implements OutputFormatter {
        @Override
        public void write(ArticleQuotes aq) {
            Article a = aq.article();
            out.printf("== %s%s%s (%d quotes)%n", a.id(), a.date() == null ? "" : " " + a.date().iso(),
                    a.title() == null ? "" : " — " + a.title(), aq.quotes().size());
            for (Quote q : aq.quotes()) {
                out.printf("  [%s] «%s»%n", q.type().label(), q.text().replace('\n', ' '));
                out.printf("      — %s%s%s   (%s)%n", q.speaker() == null ? "?" : q.speaker(),
                        q.speakerMention() == null || q.speakerMention().equals(q.speaker()) ? ""
                                : " via \"" + q.speakerMention() + "\"",
                        q.cue() == null ? "" : ", cue \"" + q.cue() + "\"", q.evidence().rule());
            }
        }
    }
}
