package org.dixit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.lexicon.Lexicon;
import org.dixit.lexicon.LexiconLoader;
import org.dixit.model.Article;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Token;
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
 * The bare-pass stages, in articles per second over the bundled sample: reading JSONL (UTF-8 and
 * JSON decoding), tokenizing, and tokenizing + segmenting into sentences and paragraphs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextBench {
    private byte[] jsonl;
    private List<Article> articles;
    private Tokenizer tokenizer;
    private Set<String> abbreviations;

    @Setup
    public void setup() {
        jsonl = Sample.bytes();
        articles = Sample.articles();
        Lexicon lex = new LexiconLoader(new FrenchGrammar()).load();
        tokenizer = new Tokenizer(lex.elisions(), lex.inversions().keySet());
        abbreviations = lex.abbreviations();
    }

    /** Bytes to articles: line splitting, UTF-8 decoding, JSON parsing, date normalising. */
    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int read() {
        return Sample.read(jsonl, new ArrayList<>(Sample.ARTICLES));
    }

    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int tokenize() {
        int n = 0;
        for (Article a : articles) {
            List<Token> tokens = tokenizer.tokenize(a.text());
            n += tokens.size();
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(Sample.ARTICLES)
    public int tokenizeAndSegment() {
        int n = 0;
        for (Article a : articles) {
            n += TextAnalysis.of(a.text(), tokenizer, abbreviations).sentenceCount();
        }
        return n;
    }
}
