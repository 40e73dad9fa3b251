package org.dixit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dixit.bench.Sample;
import org.dixit.grammar.Grammar;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.lexicon.Lexicon;
import org.dixit.lexicon.LexiconLoader;
import org.dixit.model.Article;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The extraction stages, in articles per second over the bundled sample: quote-mark pairing, cue
 * parsing and mention parsing tried at every token (an upper bound of what the rules ask), and the
 * whole engine with and without writing the JSON line. In this package because the stage classes
 * are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StagesBench {
    private List<Article> articles;
    private List<TextAnalysis> docs;
    private QuoteMarks marks;
    private CueParser cues;
    private MentionParser mentions;
    private QuoteExtractor extractor;
    private QuoteJsonWriter json;

    @Setup
    public void setup() {
        articles = Sample.articles();
        Grammar grammar = new FrenchGrammar();
        Lexicon lex = new LexiconLoader(grammar).load();
        Tokenizer tokenizer = new Tokenizer(lex.elisions(), lex.inversions().keySet());
        WordClasses classes = new WordClasses(lex, grammar);
        docs = new ArrayList<>();
        for (Article a : articles) {
            docs.add(TextAnalysis.of(a.text(), tokenizer, lex.abbreviations(), classes));
        }
        marks = new QuoteMarks(lex.quotePairs());
        cues = new CueParser(lex, grammar);
        mentions = new MentionParser(lex);
        extractor = DixitExtractor.create();
        json = new QuoteJsonWriter(false);
    }

    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int quoteMarks() {
        int n = 0;
        for (TextAnalysis d : docs) {
            n += marks.find(d).size();
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int cueAtEveryToken() {
        int n = 0;
        for (TextAnalysis d : docs) {
            for (int i = 0; i < d.size(); i++) {
                if (cues.parse(d, i, d.sentenceEnd(d.sentenceOf(i))) != null) {
                    n++;
                }
            }
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int mentionAtEveryToken() {
        int n = 0;
        for (TextAnalysis d : docs) {
            for (int i = 0; i < d.size(); i++) {
                if (mentions.parse(d, i, d.sentenceEnd(d.sentenceOf(i))) != null) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The whole engine on already-read articles (tokenizing included). */
    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int extract() {
        int n = 0;
        for (Article a : articles) {
            n += extractor.extract(a).quotes().size();
        }
        return n;
    }

    /** The engine plus the JSONL line {@code dixit extract} prints. */
    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int extractAndWriteJson() {
        int n = 0;
        for (Article a : articles) {
            n += json.line(extractor.extract(a)).length();
        }
        return n;
    }
}
