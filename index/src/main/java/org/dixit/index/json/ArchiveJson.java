package org.dixit.index.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dixit.index.Appearance;
import org.dixit.index.ArchiveStats;
import org.dixit.index.FacetValue;
import org.dixit.index.NamedCount;
import org.dixit.index.QuoteCluster;
import org.dixit.index.QuoteHit;
import org.dixit.index.SearchResult;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.WordDiff;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;

/**
 * The JSON form of the archive's answers, shared by {@code dixit search --json} and the HTTP API
 * so both speak the same format. Keys are snake_case; quote fields are those of the extraction
 * output contract ({@code start}, {@code end}, {@code text}, {@code type}, {@code speaker},
 * {@code speaker_mention}, …); absent values are null.
 */
public final class ArchiveJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ArchiveJson() {
    }

    /** Something that writes one JSON value. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String render(Body body) {
        StringWriter w = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * A search result: {@code {"total", "hits":[…], "facets":{"speaker":[{"value","label","count"}],…},
     * "speaker_ids", "derived_stale", "took_ms"}}; each hit is the quote's fields plus
     * {@code quote_id, article_id, score, date, source, title, url, lang, speaker_id, speaker_name,
     * cluster_id, cluster_size}.
     */
    public static String searchResult(SearchResult r) {
        return render(g -> {
            g.writeStartObject();
            g.writeNumberField("total", r.total());
            g.writeArrayFieldStart("hits");
            for (QuoteHit h : r.hits()) {
                hit(g, h);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (FacetValue v : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("value", v.value());
                    g.writeStringField("label", v.label());
                    g.writeNumberField("count", v.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("speaker_ids");
            for (String id : r.speakerIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeBooleanField("derived_stale", r.derivedStale());
            g.writeNumberField("took_ms", r.tookMicros() / 1000.0);
            g.writeEndObject();
        });
    }

    private static void hit(JsonGenerator g, QuoteHit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("quote_id", h.quoteId());
        g.writeStringField("article_id", h.articleId());
        g.writeNumberField("score", h.score());
        QuoteJsonWriter.writeQuoteFields(g, h.quote());
        g.writeStringField("date", h.date());
        g.writeStringField("source", h.source());
        g.writeStringField("title", h.title());
        g.writeStringField("url", h.url());
        g.writeStringField("lang", h.lang());
        g.writeStringField("speaker_id", h.speakerId());
        g.writeStringField("speaker_name", h.speakerName());
        g.writeStringField("cluster_id", h.clusterId());
        g.writeNumberField("cluster_size", h.clusterSize());
        g.writeEndObject();
    }

    /**
     * A speaker entity: {@code {"id","name","kind","gender","quotes","aliases":[{"name","count"}],
     * "roles":[…],"months":{"2019-02":3,…},"first_date","last_date"}}.
     */
    public static String speaker(SpeakerEntity e) {
        return render(g -> speaker(g, e));
    }

    /** A list of speaker entities, as a JSON array of {@link #speaker} objects. */
    public static String speakers(List<SpeakerEntity> list) {
        return render(g -> {
            g.writeStartArray();
            for (SpeakerEntity e : list) {
                speaker(g, e);
            }
            g.writeEndArray();
        });
    }

    private static void speaker(JsonGenerator g, SpeakerEntity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("gender", e.gender());
        g.writeNumberField("quotes", e.quoteCount());
        counts(g, "aliases", e.aliases());
        counts(g, "roles", e.roles());
        g.writeObjectFieldStart("months");
        for (Map.Entry<String, Integer> m : e.months().entrySet()) {
            g.writeNumberField(m.getKey(), m.getValue());
        }
        g.writeEndObject();
        g.writeStringField("first_date", e.firstDate());
        g.writeStringField("last_date", e.lastDate());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String field, List<NamedCount> counts) throws IOException {
        g.writeArrayFieldStart(field);
        for (NamedCount c : counts) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A cluster: {@code {"id","size","reworded","appearances":[{"quote_id","article_id","date","source",
     * "title","url","speaker","speaker_id","type","text","first","diff":{"kind","removed","added",
     * "parts":[{"change":"kept|removed|added","text"}]}}]}}, first appearance first.
     */
    public static String cluster(QuoteCluster c) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("size", c.appearances().size());
            g.writeBooleanField("reworded", c.hasRewording());
            g.writeArrayFieldStart("appearances");
            boolean first = true;
            for (Appearance a : c.appearances()) {
                g.writeStartObject();
                g.writeStringField("quote_id", a.quoteId());
                g.writeStringField("article_id", a.articleId());
                g.writeStringField("date", a.date());
                g.writeStringField("source", a.source());
                g.writeStringField("title", a.title());
                g.writeStringField("url", a.url());
                g.writeStringField("speaker", a.speaker());
                g.writeStringField("speaker_id", a.speakerId());
                g.writeStringField("type", a.type().label());
                g.writeStringField("text", a.text());
                g.writeBooleanField("first", first);
                diff(g, a.diff());
                g.writeEndObject();
                first = false;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void diff(JsonGenerator g, WordDiff d) throws IOException {
        g.writeObjectFieldStart("diff");
        g.writeStringField("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("removed", d.removed());
        g.writeNumberField("added", d.added());
        g.writeArrayFieldStart("parts");
        for (WordDiff.Part p : d.parts()) {
            g.writeStartObject();
            g.writeStringField("change", p.change().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("text", p.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An article with its text and quotes: the extraction output contract with {@code "text"}. */
    public static String article(ArticleQuotes aq) {
        return render(g -> {
            Article a = aq.article();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("date", a.date() == null ? null : a.date().iso());
            g.writeStringField("lang", a.lang());
            g.writeStringField("title", a.title());
            g.writeStringField("source", a.source());
            g.writeStringField("url", a.url());
            g.writeStringField("text", a.text());
            g.writeArrayFieldStart("quotes");
            for (Quote q : aq.quotes()) {
                g.writeStartObject();
                QuoteJsonWriter.writeQuoteFields(g, q);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Archive statistics: {@code {"articles","quotes","quotes_by_type":{…},"speakers","clusters",
     * "first_date","last_date","derived_stale","size_bytes"}}. */
    public static String stats(ArchiveStats s) {
        return render(g -> {
            g.writeStartObject();
            g.writeNumberField("articles", s.articles());
            g.writeNumberField("quotes", s.quotes());
            g.writeObjectFieldStart("quotes_by_type");
            for (Map.Entry<String, Long> e : s.quotesByType().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("speakers", s.speakers());
            g.writeNumberField("clusters", s.clusters());
            g.writeStringField("first_date", s.firstDate());
            g.writeStringField("last_date", s.lastDate());
            g.writeBooleanField("derived_stale", s.derivedStale());
            g.writeNumberField("size_bytes", s.sizeBytes());
            g.writeEndObject();
        });
    }
}
