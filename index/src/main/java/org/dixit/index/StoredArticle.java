package org.dixit.index;

import org.dixit.index.store.Fingerprint;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * What the archive holds for an article id, without its text or quotes: enough for an ingest to
 * decide whether to extract the article again.
 *
 * @param articleFingerprint content fingerprint of the article as it was read (id, metadata, text)
 * @param contentFingerprint fingerprint of the article and its quotes as stored
 * @param provenance         where the quotes came from, or null for an article stored before
 *                           archives recorded it (treat as extracted by an unknown engine)
 */
public record StoredArticle(String articleFingerprint, String contentFingerprint, Provenance provenance) {

    /** Whether this is the same article (id, metadata and text). */
    public boolean sameArticle(Article a) {
        return Fingerprint.of(a).equals(articleFingerprint);
    }

    /** Whether this is the same article with exactly the same quotes. */
    public boolean sameContent(ArticleQuotes aq) {
        return Fingerprint.of(aq).equals(contentFingerprint);
    }

    /** Whether the quotes were extracted here, from this text, by exactly this engine. */
    public boolean extractedHereBy(String engine) {
        return provenance != null && provenance.local() && provenance.engine().equals(engine);
    }
}
