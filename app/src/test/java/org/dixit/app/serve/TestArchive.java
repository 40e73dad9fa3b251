package org.dixit.app.serve;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.io.ArticleReader;
import org.dixit.io.Rejection;
import org.dixit.model.Article;

/**
 * Builds a real on-disk archive for server tests: the bundled test sample (the seed dispatch and
 * 40 Wikinews articles) and {@code serve/articles.jsonl} (Castaner quoted by two outlets in
 * different words, an English article whose id has a slash, a space and a '#').
 */
final class TestArchive {
    static final String SEED_ID = "kazakhstan-2022-01";
    static final String SLASH_ID = "en/wire/2019-01-20 #1";

    private TestArchive() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TestArchive.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Extracts, stores and resolves every test article into {@code dir}; the archive is closed after. */
    static void build(Path dir) throws IOException {
        QuoteExtractor extractor = DixitExtractor.create();
        List<Rejection> rejected = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        new ArticleReader(2_000_000, null, rejected::add, System.in).read(List.of(
                resource("/sample/seed/kazakhstan-2022-01.txt").toString(),
                resource("/sample/fr-wikinews.jsonl").toString(),
                resource("/serve/articles.jsonl").toString()), articles::add);
        if (!rejected.isEmpty()) {
            throw new IllegalStateException("test articles rejected: " + rejected);
        }
        try (QuoteArchive archive = QuoteArchive.open(dir)) {
            for (Article a : articles) {
                archive.add(extractor.extract(a));
            }
            archive.rebuildDerived();
        }
    }
}
