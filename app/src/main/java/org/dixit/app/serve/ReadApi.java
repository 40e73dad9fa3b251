package org.dixit.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dixit.index.FacetValue;
import org.dixit.index.QuoteArchive;
import org.dixit.index.QuoteCluster;
import org.dixit.index.SearchRequest;
import org.dixit.index.SearchResult;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.json.ArchiveJson;
import org.dixit.index.store.DocumentMapper;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;

/**
 * The read-only half of the HTTP API: search, statistics, articles, quotes, clusters and speakers.
 * Every answer is JSON; an unknown id is a 404, a malformed parameter a 400.
 */
final class ReadApi {
    private static final int DEFAULT_TOP = 20;
    private final QuoteArchive archive;

    ReadApi(QuoteArchive archive) {
        this.archive = archive;
    }

    /** {@code GET /api/search}: quotes with facets (see {@link SearchParams} for the parameters). */
    void search(Context ctx) throws IOException {
        SearchRequest r = SearchParams.read(ctx::queryParam, SearchRequest.DEFAULT_LIMIT, SearchRequest.Sort.RELEVANCE);
        json(ctx, ArchiveJson.searchResult(archive.search(r)));
    }

    /**
     * {@code GET /api/stats}: what the archive holds, and the quotes matching the search filters
     * (all by default) counted per speaker, outlet, month, type and language; {@code top} values
     * per dimension, every month.
     */
    void stats(Context ctx) throws IOException {
        int top = SearchParams.integer(ctx::queryParam, "top", DEFAULT_TOP, 1, SearchParams.MAX_FACETS);
        SearchRequest r = SearchParams.read(ctx::queryParam, 1, SearchRequest.Sort.NEWEST)
                .withPage(1, 0).withFacetLimit(top);
        SearchResult res = archive.search(r);
        ObjectNode out = Json.object();
        out.set("archive", Json.tree(ArchiveJson.stats(archive.stats())));
        out.put("quotes", res.total());
        for (Map.Entry<String, List<FacetValue>> e : res.facets().entrySet()) {
            ArrayNode values = out.putArray("by_" + e.getKey());
            for (FacetValue v : e.getValue()) {
                values.addObject().put("value", v.value()).put("label", v.label()).put("count", v.count());
            }
        }
        json(ctx, out.toString());
    }

    /**
     * {@code GET /api/articles/{id}}: the article's text and metadata, and every quote with its
     * spans (quote, speaker mention, cue) and evidence, plus for each quote its {@code quote_id},
     * {@code speaker_id} and {@code cluster_id}/{@code cluster_size} when it has them.
     */
    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ArticleQuotes aq = archive.article(id).orElseThrow(() -> new NotFoundResponse("no article with id '"
                + SearchParams.clip(id) + "'"));
        ObjectNode out = (ObjectNode) Json.tree(ArchiveJson.article(aq));
        ArrayNode quotes = (ArrayNode) out.get("quotes");
        Map<String, Optional<String>> speakerIds = new HashMap<>();
        for (int i = 0; i < aq.quotes().size(); i++) {
            Quote q = aq.quotes().get(i);
            ObjectNode node = (ObjectNode) quotes.get(i);
            String quoteId = DocumentMapper.quoteId(id, i);
            node.put("quote_id", quoteId);
            node.put("speaker_id", q.speaker() == null ? null
                    : speakerIds.computeIfAbsent(q.speaker(), this::entityOf).orElse(null));
            Optional<QuoteCluster> cluster = archive.clusterOfQuote(quoteId);
            node.put("cluster_id", cluster.map(QuoteCluster::id).orElse(null));
            node.put("cluster_size", cluster.map(c -> c.appearances().size()).orElse(1));
        }
        json(ctx, out.toString());
    }

    /**
     * {@code GET /api/quotes/{id}}: one quote (id {@code articleId#position}) with its article's
     * metadata, and its cluster (every report of the quotation, first seen first, with wording
     * differences), or {@code "cluster": null} when it was reported once.
     */
    void quote(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        NotFoundResponse missing = new NotFoundResponse("no quote with id '" + SearchParams.clip(id) + "'");
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            throw missing;
        }
        int pos;
        try {
            pos = Integer.parseInt(id.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw missing;
        }
        String articleId = id.substring(0, hash);
        ArticleQuotes aq = archive.article(articleId).orElseThrow(() -> missing);
        if (pos < 0 || pos >= aq.quotes().size()) {
            throw missing;
        }
        JsonNode article = Json.tree(ArchiveJson.article(aq));
        ObjectNode quote = (ObjectNode) article.get("quotes").get(pos);
        quote.put("quote_id", id);
        quote.put("article_id", articleId);
        for (String field : new String[] {"date", "source", "title", "url", "lang"}) {
            quote.set(field, article.get(field));
        }
        String speaker = aq.quotes().get(pos).speaker();
        quote.put("speaker_id", speaker == null ? null : entityOf(speaker).orElse(null));
        ObjectNode out = Json.object();
        out.set("quote", quote);
        Optional<QuoteCluster> cluster = archive.clusterOfQuote(id);
        out.set("cluster", cluster.isPresent() ? Json.tree(ArchiveJson.cluster(cluster.get())) : null);
        json(ctx, out.toString());
    }

    /** {@code GET /api/clusters/{id}}: every report of a quotation, first seen first. */
    void cluster(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        QuoteCluster c = archive.cluster(id).orElseThrow(() -> new NotFoundResponse("no quote cluster with id '"
                + SearchParams.clip(id) + "'"));
        json(ctx, ArchiveJson.cluster(c));
    }

    /** {@code GET /api/speakers?q=words&limit=N}: speaker entities, most quoted first. */
    void speakers(Context ctx) throws IOException {
        int limit = SearchParams.integer(ctx::queryParam, "limit", DEFAULT_TOP, 1, SearchParams.MAX_LIMIT);
        json(ctx, ArchiveJson.speakers(archive.speakers(SearchParams.text(ctx::queryParam, "q"), limit)));
    }

    /**
     * {@code GET /api/speakers/{id}}: a speaker entity (by id, or by name or alias) with aliases,
     * roles and quotes per month, and a page of their quotes (newest first; the search parameters
     * {@code q, from, to, source, type, lang, limit, offset, sort} narrow it).
     */
    void speaker(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        SpeakerEntity e = archive.speaker(id).orElseThrow(() -> new NotFoundResponse("no speaker '"
                + SearchParams.clip(id) + "'"));
        SearchRequest r = SearchParams.read(ctx::queryParam, SearchRequest.DEFAULT_LIMIT, SearchRequest.Sort.NEWEST)
                .withSpeaker(e.id());
        ObjectNode out = Json.object();
        out.set("speaker", Json.tree(ArchiveJson.speaker(e)));
        out.set("quotes", Json.tree(ArchiveJson.searchResult(archive.search(r))));
        json(ctx, out.toString());
    }

    /**
     * The entity a quote's speaker string belongs to. Name lookups fall back to matching words,
     * which could land on another person; only an entity that lists this exact form is accepted.
     */
    private Optional<String> entityOf(String speaker) {
        try {
            return archive.speaker(speaker)
                    .filter(e -> e.name().equalsIgnoreCase(speaker)
                            || e.aliases().stream().anyMatch(a -> a.name().equalsIgnoreCase(speaker)))
                    .map(SpeakerEntity::id);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }
}
