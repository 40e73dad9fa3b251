package org.dixit.extract;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dixit.grammar.Grammar;
import org.dixit.grammar.en.EnglishGrammar;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * The default engine: one {@link RuleBasedExtractor} per supported language, chosen by the
 * article's {@code lang}; French when the language is unknown or unsupported. A language's lexicon
 * is loaded the first time one of its articles arrives, so a French-only run never loads English.
 */
public final class DixitExtractor implements QuoteExtractor {
    private static final String FALLBACK = "fr";
    private final Map<String, Supplier<Grammar>> grammars;
    private final Map<String, RuleBasedExtractor> engines = new ConcurrentHashMap<>();

    private DixitExtractor(Map<String, Supplier<Grammar>> grammars) {
        this.grammars = Map.copyOf(grammars);
    }

    /** Builds the engine with every bundled language. */
    public static QuoteExtractor create() {
        return new DixitExtractor(Map.of("fr", FrenchGrammar::new, "en", EnglishGrammar::new));
    }

    @Override
    public ArticleQuotes extract(Article article) {
        String lang = article.lang() == null ? FALLBACK : article.lang().toLowerCase(Locale.ROOT);
        if (!grammars.containsKey(lang)) {
            lang = FALLBACK;
        }
        return engines.computeIfAbsent(lang, l -> new RuleBasedExtractor(grammars.get(l).get())).extract(article);
    }
}
