package org.dixit.index.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dixit.index.Provenance;
import org.dixit.index.analysis.LanguageAnalyzers;
import org.dixit.index.cluster.QuoteNormalizer;
import org.dixit.index.speakers.SpeakerName;
import org.dixit.model.Article;
import org.dixit.model.ArticleDate;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.DateGranularity;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;

/**
 * Turns an article and its quotes into the block of Lucene documents that stores them, and stored
 * documents back into the model records, losslessly: {@code read(write(x))} equals {@code x}.
 */
public final class DocumentMapper {
    /** Longest value kept in a doc-values field (Lucene's limit is 32 KB; speakers and roles are short). */
    private static final int MAX_DV_CHARS = 1000;
    private final FacetsConfig facets;

    /** @param facets the facet configuration the documents are built with */
    public DocumentMapper(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The facet dimensions dixit indexes, each single-valued. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : List.of(Fields.FACET_SPEAKER, Fields.FACET_SOURCE, Fields.FACET_MONTH, Fields.FACET_TYPE,
                Fields.FACET_LANG)) {
            c.setMultiValued(dim, false);
        }
        return c;
    }

    /**
     * The documents of one article: each quote, then the article itself. All carry the article id,
     * so deleting that term removes the whole block.
     *
     * @param provenance where the quotes come from, recorded on the article; null: not recorded
     */
    public List<Document> documents(ArticleQuotes aq, String articleFp, String contentFp, Provenance provenance) {
        Article a = aq.article();
        List<Document> docs = new ArrayList<>(aq.quotes().size() + 1);
        for (int i = 0; i < aq.quotes().size(); i++) {
            docs.add(quote(a, i, aq.quotes().get(i)));
        }
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Store.YES));
        d.add(new StoredField(Fields.ARTICLE_FP, articleFp));
        d.add(new StoredField(Fields.CONTENT_FP, contentFp));
        d.add(new StoredField(Fields.QUOTE_COUNT, aq.quotes().size()));
        if (provenance != null) {
            d.add(new StringField(Fields.ENGINE, provenance.engine(), Store.YES));
            d.add(new StringField(Fields.QUOTES_ORIGIN, provenance.local() ? Fields.EXTRACTED_HERE : Fields.LOADED,
                    Store.YES));
        }
        metadata(d, a);
        d.add(new StoredField(Fields.ARTICLE_TEXT, a.text()));
        docs.add(d);
        return docs;
    }

    private Document quote(Article a, int pos, Quote q) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.QUOTE, Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Store.YES));
        d.add(new StringField(Fields.QUOTE_ID, quoteId(a.id(), pos), Store.YES));
        d.add(new StoredField(Fields.POS, pos));
        d.add(new NumericDocValuesField(Fields.POS, pos));
        metadata(d, a);
        facetMetadata(d, a);
        d.add(new StoredField(Fields.TEXT, q.text()));
        d.add(new TextField(LanguageAnalyzers.textField(a.lang()), q.text(), Store.NO));
        d.add(new StoredField(Fields.START, q.start()));
        d.add(new StoredField(Fields.END, q.end()));
        d.add(new StringField(Fields.TYPE, q.type().label(), Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, q.type().label()));
        if (q.speaker() != null) {
            d.add(new StoredField(Fields.SPEAKER_NAME, q.speaker()));
        }
        if (q.speaker() != null && !q.speaker().isBlank()) {
            String key = SpeakerName.nameKey(q.speaker());
            d.add(new SortedDocValuesField(Fields.SPEAKER_DV, new BytesRef(clip(q.speaker()))));
            d.add(new TextField(Fields.SPEAKER_WORDS, q.speaker(), Store.NO));
            if (!key.isEmpty()) {
                d.add(new StringField(Fields.SPEAKER_KEY, key, Store.NO));
                d.add(new SortedSetDocValuesFacetField(Fields.FACET_SPEAKER, clip(key)));
            }
        }
        optional(d, Fields.MENTION, q.speakerMention());
        d.add(new StoredField(Fields.SPEAKER_START, q.speakerStart()));
        d.add(new StoredField(Fields.SPEAKER_END, q.speakerEnd()));
        optional(d, Fields.CUE, q.cue());
        d.add(new StoredField(Fields.CUE_START, q.cueStart()));
        d.add(new StoredField(Fields.CUE_END, q.cueEnd()));
        d.add(new StoredField(Fields.CONFIDENCE, q.confidence()));
        if (q.speakerGender() != null) {
            d.add(new StoredField(Fields.GENDER, q.speakerGender()));
            d.add(new SortedDocValuesField(Fields.GENDER_DV, new BytesRef(clip(q.speakerGender()))));
        }
        if (q.speakerRole() != null && !q.speakerRole().isBlank()) {
            d.add(new StoredField(Fields.ROLE, q.speakerRole()));
            d.add(new SortedDocValuesField(Fields.ROLE_DV, new BytesRef(clip(q.speakerRole()))));
        }
        d.add(new StoredField(Fields.RULE, q.evidence().rule()));
        for (String step : q.evidence().chain()) {
            d.add(new StoredField(Fields.CHAIN, step));
        }
        List<String> words = QuoteNormalizer.words(q.text());
        if (QuoteNormalizer.eligible(q.type() == QuoteType.DIRECT || q.type() == QuoteType.MIXED, words)) {
            d.add(new BinaryDocValuesField(Fields.CLUSTER_DV, new BytesRef(clipBytes(
                    quoteId(a.id(), pos) + "\n" + String.join(" ", words)))));
            d.add(new NumericDocValuesField(Fields.CLUSTER_KEY_DV, stableHash(quoteId(a.id(), pos))));
            for (byte[] shingle : QuoteNormalizer.shingles(words)) {
                d.add(new StringField(Fields.SHINGLE, new BytesRef(shingle), Store.NO));
            }
        }
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Article metadata, on the article and denormalised on each quote (filters and hits need it). */
    private static void metadata(Document d, Article a) {
        ArticleDate date = a.date();
        if (date != null) {
            String iso = date.iso();
            d.add(new StoredField(Fields.DATE, iso));
            d.add(new StoredField(Fields.DATE_GRANULARITY, date.granularity().name()));
            d.add(new StringField(Fields.DATE_YEAR, iso.substring(0, Math.min(4, iso.length())), Store.NO));
            if (date.granularity() != DateGranularity.YEAR && iso.length() >= 7) {
                d.add(new StringField(Fields.DATE_MONTH, iso.substring(0, 7), Store.NO));
            }
            if ((date.granularity() == DateGranularity.DAY || date.granularity() == DateGranularity.MINUTE)
                    && iso.length() >= 10) {
                d.add(new StringField(Fields.DATE_DAY, iso.substring(0, 10), Store.NO));
            }
            d.add(new SortedDocValuesField(Fields.DATE_DV, new BytesRef(clip(iso))));
        }
        if (a.source() != null && !a.source().isBlank()) {
            d.add(new StoredField(Fields.SOURCE, a.source()));
            d.add(new StringField(Fields.SOURCE_KEY, sourceKey(a.source()), Store.NO));
        }
        if (a.lang() != null && !a.lang().isBlank()) {
            String lang = a.lang().toLowerCase(Locale.ROOT);
            d.add(new StringField(Fields.LANG, lang, Store.YES));
        }
        optional(d, Fields.TITLE, a.title());
        optional(d, Fields.URL, a.url());
    }

    /** Facet values and doc values only quotes carry (facets count quotes, not articles). */
    private static void facetMetadata(Document d, Article a) {
        if (a.date() != null) {
            d.add(new SortedDocValuesField(Fields.MONTH_DV, new BytesRef(clip(a.date().month()))));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, a.date().month()));
        }
        if (a.source() != null && !a.source().isBlank()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, clip(a.source())));
        }
        if (a.lang() != null && !a.lang().isBlank()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_LANG, a.lang().toLowerCase(Locale.ROOT)));
        }
    }

    /** A 64-bit hash of a string that never changes between runs or JVMs (FNV-1a, then mixed). */
    static long stableHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** The indexed form of an outlet name, for the case-insensitive source filter. */
    public static String sourceKey(String source) {
        return source.strip().toLowerCase(Locale.ROOT);
    }

    /** The id of the quote at {@code pos} in article {@code articleId}. */
    public static String quoteId(String articleId, int pos) {
        return articleId + "#" + pos;
    }

    private static void optional(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** At most ~30,000 UTF-8 bytes (a binary doc value is limited to 32,766), cut at a word boundary. */
    private static String clipBytes(String s) {
        if (s.length() <= 7000) {
            return s; // at most 4 bytes per char
        }
        String cut = s;
        while (cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 30_000) {
            int space = cut.lastIndexOf(' ', cut.length() * 9 / 10);
            cut = cut.substring(0, space > 0 ? space : cut.length() * 9 / 10);
        }
        return cut;
    }

    private static String clip(String s) {
        return s.length() <= MAX_DV_CHARS ? s : s.substring(0, MAX_DV_CHARS);
    }

    /** Where the quotes of an article document come from, or null when it was not recorded. */
    public static Provenance provenance(Document d) {
        String engine = d.get(Fields.ENGINE);
        String origin = d.get(Fields.QUOTES_ORIGIN);
        return engine == null || origin == null ? null : new Provenance(engine, origin.equals(Fields.EXTRACTED_HERE));
    }

    /** The article stored in an article document. */
    public static Article article(Document d) {
        return new Article(d.get(Fields.ARTICLE_ID), date(d), d.get(Fields.TITLE), d.get(Fields.SOURCE),
                d.get(Fields.URL), d.get(Fields.LANG), d.get(Fields.ARTICLE_TEXT));
    }

    /** The date stored on an article or quote document, or null. */
    public static ArticleDate date(Document d) {
        String iso = d.get(Fields.DATE);
        return iso == null ? null : new ArticleDate(iso, DateGranularity.valueOf(d.get(Fields.DATE_GRANULARITY)));
    }

    /** The quote stored in a quote document. */
    public static Quote quote(Document d) {
        List<String> chain = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.CHAIN)) {
            chain.add(f.stringValue());
        }
        return new Quote(integer(d, Fields.START), integer(d, Fields.END), d.get(Fields.TEXT),
                QuoteType.fromLabel(d.get(Fields.TYPE)), d.get(Fields.SPEAKER_NAME), d.get(Fields.MENTION),
                integer(d, Fields.SPEAKER_START), integer(d, Fields.SPEAKER_END), d.get(Fields.CUE),
                integer(d, Fields.CUE_START), integer(d, Fields.CUE_END),
                d.getField(Fields.CONFIDENCE).numericValue().doubleValue(), d.get(Fields.GENDER), d.get(Fields.ROLE),
                new Evidence(d.get(Fields.RULE), chain));
    }

    /** An int stored field. */
    public static int integer(Document d, String field) {
        return d.getField(field).numericValue().intValue();
    }
}
