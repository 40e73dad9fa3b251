package org.dixit.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.dixit.app.Version;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.Provenance;
import org.dixit.index.QuoteArchive;
import org.dixit.index.RebuildSummary;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;

/**
 * {@code POST /api/articles}: extracts and stores articles sent in the body (see {@link ArticleBatch}),
 * replacing stored articles with the same id, then refreshes speakers and quote clusters. Only when
 * the server was given an ingest token, and only for requests that carry it as
 * {@code Authorization: Bearer TOKEN}: without a token configured the answer is 403, without the
 * header 401, with another token 403. Requests are stored one at a time (the archive has one writer).
 */
final class IngestApi {
    /** Longest article text accepted, as for {@code dixit index}. */
    static final int MAX_CHARS = 2_000_000;
    private final QuoteArchive archive;
    private final byte[] token;
    private final QuoteExtractor extractor;
    /** Fingerprint of the engine, stored with the quotes it extracts (null when ingest is disabled). */
    private final String engine;
    private final Object writing = new Object();

    /**
     * @param archive   a writable archive, or null when ingest is disabled
     * @param token     the ingest token, or null when ingest is disabled
     * @param extractor the extraction engine
     */
    IngestApi(QuoteArchive archive, String token, QuoteExtractor extractor) {
        if ((archive == null) != (token == null) || (archive != null && !archive.writable())) {
            throw new IllegalArgumentException("ingest needs both a token and a writable archive");
        }
        this.archive = archive;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.extractor = extractor;
        this.engine = archive == null ? null : Version.engine();
    }

    /** Whether this server accepts articles. */
    boolean enabled() {
        return token != null;
    }

    void ingest(Context ctx) throws IOException {
        authorize(ctx);
        ArticleBatch batch;
        try {
            batch = ArticleBatch.parse(ctx.bodyAsBytes(), MAX_CHARS);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        List<Rejection> rejected = new ArrayList<>(batch.rejections());
        ObjectNode out = Json.object();
        ArrayNode stored = out.putArray("articles");
        long quotes = 0;
        synchronized (writing) {
            for (Article a : batch.articles()) {
                ArticleQuotes aq;
                try {
                    aq = extractor.extract(a);
                } catch (RuntimeException | StackOverflowError e) {
                    rejected.add(new Rejection("request", 0, a.id(), "extraction failed: " + e));
                    continue;
                }
                archive.add(aq, Provenance.extractedBy(engine));
                stored.addObject().put("id", a.id()).put("quotes", aq.quotes().size());
                quotes += aq.quotes().size();
            }
            if (!stored.isEmpty()) {
                archive.commit();
                RebuildSummary derived = archive.rebuildDerived();
                out.put("speakers", derived.speakers()).put("clusters", derived.clusters());
            }
        }
        out.put("stored", stored.size());
        out.put("quotes", quotes);
        ArrayNode rej = out.putArray("rejected");
        for (Rejection r : rejected) {
            ObjectNode o = rej.addObject();
            if (r.line() > 0) {
                o.put("record", r.line());
            }
            o.put("id", r.id()).put("reason", r.reason());
        }
        if (stored.isEmpty()) {
            out.put("error", "no article stored: every record was rejected");
            ctx.status(400);
        }
        ctx.contentType("application/json; charset=utf-8").result(out.toString());
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        if (token == null) {
            throw new ForbiddenResponse("this server is read-only: start it with --ingest-token to accept articles");
        }
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dixit ingest\"");
            throw new UnauthorizedResponse("missing ingest token: send the header 'Authorization: Bearer TOKEN'");
        }
        String given = header.strip();
        if (given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = given.substring(7).strip();
        }
        // constant-time comparison: the answer time must not tell how much of a guess was right
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("wrong ingest token");
        }
    }
}
