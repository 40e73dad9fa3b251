package org.dixit.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.dixit.index.Fixtures;
import org.dixit.index.Provenance;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

    /** What a stored document gives back: only its stored values. */
    private static Document storedOnly(Document d) {
        Document out = new Document();
        for (IndexableField f : d.getFields()) {
            if (f.fieldType().stored()) {
                out.add(f.numericValue() != null ? new StoredField(f.name(), f.numericValue().doubleValue())
                        : new StoredField(f.name(), f.stringValue()));
            }
        }
        return out;
    }

    @Test
    void storedFieldsGiveBackTheSameRecords() {
        ArticleQuotes aq = Fixtures.article("a1", "2022-01-07", "AFP", "fr",
                        "« Il faut les détruire », a déclaré M. Tokaïev. Selon la police, le calme revient.")
                .quote("Il faut les détruire", QuoteType.DIRECT, "M. Tokaïev", "président", "m")
                .quote("le calme revient", QuoteType.SELON, "la police")
                .build();
        List<Document> docs = new DocumentMapper(DocumentMapper.facetsConfig()).documents(aq, "fp1", "fp2",
                Provenance.extractedBy("0.1.0+0123456789abcdef"));
        assertEquals(3, docs.size(), "two quotes then the article");
        Document article = storedOnly(docs.get(2));
        assertEquals(aq.article(), DocumentMapper.article(article));
        assertEquals(Provenance.extractedBy("0.1.0+0123456789abcdef"), DocumentMapper.provenance(article));
        for (int i = 0; i < 2; i++) {
            Document q = storedOnly(docs.get(i));
            assertEquals(aq.quotes().get(i).text(), DocumentMapper.quote(q).text());
            assertEquals(aq.quotes().get(i).evidence(), DocumentMapper.quote(q).evidence());
            assertEquals("a1#" + i, q.get(Fields.QUOTE_ID));
        }
    }

    @Test
    void loadedQuotesAreRecordedAsSuchAndAnArticleWithoutProvenanceHasNone() {
        ArticleQuotes aq = Fixtures.article("a", "2022-01", "AFP", "fr", "texte").build();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        Document loaded = storedOnly(mapper.documents(aq, "fp1", "fp2", Provenance.loaded(null)).get(0));
        assertEquals(new Provenance(Provenance.EXTERNAL, false), DocumentMapper.provenance(loaded));
        assertNull(DocumentMapper.provenance(storedOnly(mapper.documents(aq, "fp1", "fp2", null).get(0))));
    }

    @Test
    void fingerprintsChangeWithContent() {
        ArticleQuotes a = Fixtures.article("a", "2022-01", "AFP", "fr", "texte un").build();
        ArticleQuotes b = Fixtures.article("a", "2022-01", "AFP", "fr", "texte deux").build();
        assertEquals(Fingerprint.of(a.article()), Fingerprint.of(
                Fixtures.article("a", "2022-01", "AFP", "fr", "texte un").build().article()));
        assertNotEquals(Fingerprint.of(a.article()), Fingerprint.of(b.article()));
        assertNotEquals(Fingerprint.of(a), Fingerprint.of(a.article()));
    }
}
