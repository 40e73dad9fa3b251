package org.dixit.index.analysis;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The text analysis of each language, and which index field holds a quote's words for an article
 * language. French and English get their own stemming; any other language is folded but not
 * stemmed. No stop words are removed: quotes are short and phrase queries must match exactly.
 */
public final class LanguageAnalyzers {
    /** Field of the words of French quotes. */
    public static final String TEXT_FR = "text_fr";
    /** Field of the words of English quotes. */
    public static final String TEXT_EN = "text_en";
    /** Field of the words of quotes in any other (or unknown) language. */
    public static final String TEXT_OTHER = "text_xx";
    /** Every text field, in the order queries search them. */
    public static final String[] TEXT_FIELDS = {TEXT_FR, TEXT_EN, TEXT_OTHER};

    private LanguageAnalyzers() {
    }

    /** The text field for an article language ({@code fr}, {@code en}, anything else, or null). */
    public static String textField(String lang) {
        if (lang == null) {
            return TEXT_OTHER;
        }
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> TEXT_FR;
            case "en" -> TEXT_EN;
            default -> TEXT_OTHER;
        };
    }

    /** The text fields to search for a language filter (null: all languages). */
    public static String[] textFields(String lang) {
        return lang == null ? TEXT_FIELDS.clone() : new String[] {textField(lang)};
    }

    /**
     * French: elisions removed ({@code l'armée} → {@code armée}), lower-cased, accents folded,
     * light stemming (plural and feminine endings).
     */
    public static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new FrenchLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    /** English: possessives removed, lower-cased, accents folded, Porter stemming. */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Any other language, and speaker names: lower-cased and accents folded, no stemming. */
    public static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** One analyzer for the whole index: each text field with its language's analysis. */
    public static Analyzer perField() {
        Analyzer folding = folding();
        return new PerFieldAnalyzerWrapper(folding, Map.of(TEXT_FR, french(), TEXT_EN, english()));
    }
}
