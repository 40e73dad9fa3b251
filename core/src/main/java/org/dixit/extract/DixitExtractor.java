package org.dixit.extract;

import java.util.Locale;
import java.util.Map;
import org.dixit.grammar.en.EnglishGrammar;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * The default engine: one {@link RuleBasedExtractor} per supported language, chosen by the
 * article's {@code lang}; French when the language is unknown.
 */
public final class DixitExtractor implements QuoteExtractor {
    private final Map<String, QuoteExtractor> byLanguage;
    private final QuoteExtractor fallback;

    private DixitExtractor(Map<String, QuoteExtractor> byLanguage, QuoteExtractor fallback) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.fallback = fallback;
    }

    /** Builds the engine with every bundled language; lexicons load once here. */
    public static QuoteExtractor create() {
        RuleBasedExtractor fr = new RuleBasedExtractor(new FrenchGrammar());
        RuleBasedExtractor en = new RuleBasedExtractor(new EnglishGrammar());
        return new DixitExtractor(Map.of("fr", fr, "en", en), fr);
    }

    @Override
    public ArticleQuotes extract(Article article) {
        String lang = article.lang() == null ? null : article.lang().toLowerCase(Locale.ROOT);
        QuoteExtractor engine = lang == null ? fallback : byLanguage.getOrDefault(lang, fallback);
        return engine.extract(article);
    }
}
