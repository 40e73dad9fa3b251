package org.dixit.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dixit.eval.Annotated;
import org.dixit.eval.AnnotatedReader;
import org.dixit.eval.Counts;
import org.dixit.eval.ScoreTable;
import org.dixit.eval.Scorer;
import org.dixit.eval.Scores;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit eval}: precision, recall, F1 and speaker accuracy against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores quote extraction against gold annotations (metric of the Gender Gap Tracker / "
                + "Radar de Parité: a gold quote is matched by the prediction covering the largest share of its "
                + "characters, > 30%% and > 80%%, one-to-one).",
                "Without PRED, runs the extractor on the gold texts."})
public final class EvalCommand implements Callable<Integer> {
    private static final double[] THRESHOLDS = {0.3, 0.8};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold JSONL: {id, text, quotes: [...]}.")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PRED", description = "Predictions (dixit extract output).")
    Path pred;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", description = "List misses, false positives and speaker errors.")
    boolean errors;

    @Option(names = "--threads", description = "Worker threads when extracting (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnotatedReader reader = new AnnotatedReader();
        List<Annotated> goldArticles;
        List<Annotated> predicted;
        int[] bad = {0};
        try {
            goldArticles = reader.read(gold, r -> {
                bad[0]++;
                err.println("dixit: " + r.describe());
            });
            predicted = pred != null ? reader.read(pred, r -> {
                bad[0]++;
                err.println("dixit: " + r.describe());
            }) : extract(goldArticles);
        } catch (IOException e) {
            err.println("dixit: cannot read " + e.getMessage());
            return 1;
        }
        if (goldArticles.isEmpty()) {
            err.println("dixit: no gold article could be read from " + gold);
            return 1;
        }
        Scorer scorer = new Scorer();
        List<Scores> all = new ArrayList<>();
        for (double t : THRESHOLDS) {
            all.add(scorer.score(goldArticles, predicted, t));
        }
        if (json) {
            out.println(toJson(all));
        } else {
            ScoreTable table = new ScoreTable();
            for (Scores s : all) {
                out.println(table.format(s));
            }
            if (all.get(0).unknownIds() > 0) {
                out.println(all.get(0).unknownIds() + " predicted articles are not in the gold and were ignored.");
            }
        }
        if (errors) {
            out.println("Errors at > 30% (article, kind, details):");
            all.get(0).errors().forEach(e -> out.println("  " + e));
        }
        out.flush();
        return bad[0] > 0 ? 2 : 0;
    }

    private List<Annotated> extract(List<Annotated> goldArticles) {
        QuoteExtractor extractor = DixitExtractor.create();
        List<Annotated> out = new ArrayList<>();
        try (OrderedPipeline<Annotated, ArticleQuotes> p = new OrderedPipeline<>(Math.max(1, threads),
                g -> extractor.extract(new Article(g.id(), null, null, null, null, g.lang() == null ? "fr" : g.lang(),
                        g.text() == null ? "" : g.text())), aq -> out.add(toAnnotated(aq)))) {
            goldArticles.forEach(p::submit);
            p.finish();
        }
        return out;
    }

    private static Annotated toAnnotated(ArticleQuotes aq) {
        List<Annotated.Span> spans = new ArrayList<>();
        for (Quote q : aq.quotes()) {
            spans.add(new Annotated.Span(q.start(), q.end(), q.text(), q.type().label(), q.speaker(), q.evidence().rule()));
        }
        return new Annotated(aq.article().id(), null, aq.article().lang(), spans);
    }

    private static String toJson(List<Scores> all) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            for (Scores s : all) {
                g.writeObjectFieldStart("overlap>" + s.threshold());
                g.writeNumberField("articles", s.articles());
                counts(g, "all", s.overall());
                for (Map.Entry<String, Counts> e : s.byType().entrySet()) {
                    counts(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void counts(JsonGenerator g, String name, Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("gold", c.gold());
        g.writeNumberField("predicted", c.predicted());
        g.writeNumberField("matched", c.matchedGold());
        g.writeNumberField("precision", round(c.precision()));
        g.writeNumberField("recall", round(c.recall()));
        g.writeNumberField("f1", round(c.f1()));
        g.writeNumberField("speaker_accuracy", round(c.speakerAccuracy()));
        g.writeNumberField("type_accuracy", round(c.typeAccuracy()));
        g.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
