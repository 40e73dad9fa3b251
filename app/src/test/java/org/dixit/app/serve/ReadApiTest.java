package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.QuoteArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read-only API of a real server on a free port, over a real archive on disk. */
class ReadApiTest {
    @TempDir
    static Path dir;
    static DixitServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        TestArchive.build(dir);
        server = DixitServer.start(QuoteArchive.openReadOnly(dir), null, DixitExtractor.create(), "127.0.0.1", 0);
        http = Http.of(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode ok(String path) {
        Http.Answer a = http.get(path);
        assertEquals(200, a.status(), path + " -> " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        return a.json();
    }

    private static List<String> ids(JsonNode hits, String field) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get(field).asText()));
        return out;
    }

    @Test
    void searchFindsQuotesRankedWithSpeakersAndFacets() {
        JsonNode r = ok("/api/search?q=casseurs");
        assertEquals(2, r.get("total").asInt(), r.toString());
        assertEquals(Set.of("craft-1", "craft-2"), new HashSet<>(ids(r.get("hits"), "article_id")));
        for (JsonNode h : r.get("hits")) {
            assertEquals("christophe-castaner", h.get("speaker_id").asText(), h.toString());
            assertEquals("direct", h.get("type").asText());
            assertTrue(h.get("text").asText().contains("casseurs"));
        }
        JsonNode speakers = r.get("facets").get("speaker");
        assertEquals("christophe-castaner", speakers.get(0).get("value").asText());
        assertEquals("Christophe Castaner", speakers.get(0).get("label").asText());
        assertEquals(2, speakers.get(0).get("count").asInt());
        Set<String> sources = new HashSet<>();
        r.get("facets").get("source").forEach(v -> sources.add(v.get("value").asText() + "=" + v.get("count").asInt()));
        assertEquals(Set.of("Le Quotidien=1", "La Gazette=1"), sources);
        assertEquals(List.of("2019-01"), ids(r.get("facets").get("month"), "value"));
    }

    @Test
    void filtersNarrowTheSearch() {
        assertEquals(List.of("craft-2"), ids(ok("/api/search?q=casseurs&source=la%20gazette").get("hits"), "article_id"));
        assertEquals(List.of("craft-3#0"),
                ids(ok("/api/search?speaker=Castaner&from=2019-02&to=2019-02").get("hits"), "quote_id"));
        assertEquals(List.of("craft-1#1"),
                ids(ok("/api/search?speaker=christophe-castaner&type=indirect").get("hits"), "quote_id"));
        JsonNode en = ok("/api/search?lang=en");
        assertEquals(1, en.get("total").asInt());
        assertEquals(TestArchive.SLASH_ID, en.get("hits").get(0).get("article_id").asText());
        JsonNode oldest = ok("/api/search?speaker=christophe-castaner&sort=oldest");
        assertEquals(List.of("craft-1", "craft-1", "craft-2", "craft-3"), ids(oldest.get("hits"), "article_id"));
    }

    @Test
    void pagesAreBoundedAndDisjoint() {
        JsonNode all = ok("/api/search?limit=100");
        int total = all.get("total").asInt();
        assertTrue(total > 10, "the test archive should hold several pages");
        assertEquals(Math.min(total, 100), all.get("hits").size());
        List<String> first = ids(ok("/api/search?sort=oldest&limit=5").get("hits"), "quote_id");
        List<String> second = ids(ok("/api/search?sort=oldest&limit=5&offset=5").get("hits"), "quote_id");
        assertEquals(5, first.size());
        assertEquals(5, second.size());
        assertTrue(first.stream().noneMatch(second::contains), first + " / " + second);
        assertEquals(ids(all.get("hits"), "quote_id").size(), new HashSet<>(ids(all.get("hits"), "quote_id")).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=101", "limit=0", "limit=-3", "limit=abc", "limit=99999999999", "offset=-1",
        "offset=10001", "facets=-1", "sort=sideways", "type=rumour"})
    void outOfBoundsParametersAre400(String param) {
        Http.Answer a = http.get("/api/search?q=castaner&" + param);
        assertEquals(400, a.status(), param + " -> " + a.body());
        String name = param.substring(0, param.indexOf('='));
        assertTrue(a.json().get("error").asText().contains(name), a.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%22unclosed%20phrase", "q=casseurs%20AND", "q=(castaner", "q=*:*:*", "from=2019-13",
        "to=yesterday", "q=title:%5Bx"})
    void badQueryIs400WithAMessageAndNoStackTrace(String param) {
        Http.Answer a = http.get("/api/search?" + param);
        assertEquals(400, a.status(), param + " -> " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        String error = a.json().get("error").asText();
        assertFalse(error.isBlank());
        assertFalse(a.body().contains("\tat ") || a.body().contains("Exception"), a.body());
    }

    @Test
    void articleHasItsTextAndEveryQuoteSpanWithEvidence() {
        JsonNode a = ok("/api/articles/" + TestArchive.SEED_ID);
        String text = a.get("text").asText();
        assertEquals("2022-01", a.get("date").asText());
        assertTrue(a.get("quotes").size() >= 5, a.toString());
        int i = 0;
        for (JsonNode q : a.get("quotes")) {
            assertEquals(TestArchive.SEED_ID + "#" + i++, q.get("quote_id").asText());
            assertEquals(q.get("text").asText(), codePoints(text, q.get("start").asInt(), q.get("end").asInt()));
            if (!q.get("speaker_start").isNull()) {
                assertEquals(q.get("speaker_mention").asText(),
                        codePoints(text, q.get("speaker_start").asInt(), q.get("speaker_end").asInt()));
            }
            if (!q.get("cue_start").isNull()) {
                assertEquals(q.get("cue").asText(), codePoints(text, q.get("cue_start").asInt(), q.get("cue_end").asInt()));
            }
            assertFalse(q.get("evidence").get("rule").asText().isBlank());
            assertTrue(q.get("evidence").get("chain").isArray());
        }
        JsonNode order = null;
        for (JsonNode q : a.get("quotes")) {
            if (q.get("text").asText().startsWith("J'ai donné l'ordre")) {
                order = q;
            }
        }
        assertNotNull(order, "the seed's order to fire is a quote");
        assertEquals("Kassym-Jomart Tokaïev", order.get("speaker").asText());
        assertEquals("kassym-jomart-tokaiev", order.get("speaker_id").asText());
        assertEquals("direct.quote-then-cue", order.get("evidence").get("rule").asText());
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void idsWithSlashesSpacesAndHashesWork() {
        JsonNode a = ok("/api/articles/" + Http.path(TestArchive.SLASH_ID));
        assertEquals(TestArchive.SLASH_ID, a.get("id").asText());
        String quoteId = a.get("quotes").get(0).get("quote_id").asText();
        JsonNode q = ok("/api/quotes/" + Http.path(quoteId));
        assertEquals("Boris Johnson", q.get("quote").get("speaker").asText());
        assertEquals("The Wire", q.get("quote").get("source").asText());
        assertTrue(q.get("cluster").isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/no-such-article", "/api/quotes/craft-1%2399", "/api/quotes/craft-1",
        "/api/quotes/no-such%230", "/api/quotes/craft-1%23x", "/api/clusters/no-such-cluster",
        "/api/speakers/zzzz-nobody-qqqq", "/api/no-such-endpoint"})
    void unknownIdsAre404WithAMessage(String path) {
        Http.Answer a = http.get(path);
        assertEquals(404, a.status(), path + " -> " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        assertFalse(a.json().get("error").asText().isBlank());
    }

    @Test
    void speakerHasAliasesRolesMonthsAndQuotes() {
        JsonNode r = ok("/api/speakers/christophe-castaner");
        JsonNode s = r.get("speaker");
        assertEquals("Christophe Castaner", s.get("name").asText());
        assertEquals(4, s.get("quotes").asInt());
        Set<String> aliases = new HashSet<>();
        s.get("aliases").forEach(x -> aliases.add(x.get("name").asText()));
        assertTrue(aliases.containsAll(Set.of("Christophe Castaner", "Castaner")), aliases.toString());
        Set<String> roles = new HashSet<>();
        s.get("roles").forEach(x -> roles.add(x.get("name").asText()));
        assertTrue(roles.contains("ministre de l'Intérieur"), roles.toString());
        assertEquals(3, s.get("months").get("2019-01").asInt());
        assertEquals(1, s.get("months").get("2019-02").asInt());
        assertEquals(4, r.get("quotes").get("total").asInt());
        assertEquals("craft-3", r.get("quotes").get("hits").get(0).get("article_id").asText(), "newest first");
        // by name, and narrowed by words
        assertEquals("christophe-castaner", ok("/api/speakers/Castaner").get("speaker").get("id").asText());
        assertEquals(1, ok("/api/speakers/christophe-castaner?q=manifester").get("quotes").get("total").asInt());
        List<String> found = ids(ok("/api/speakers?q=castaner"), "id");
        assertTrue(found.contains("christophe-castaner"), found.toString());
        assertEquals(3, ok("/api/speakers?limit=3").size());
        assertEquals(400, http.get("/api/speakers?limit=1000").status());
    }

    @Test
    void aRepeatedQuotationIsOneClusterFirstSeenFirstWithWordDifferences() {
        JsonNode hit = ok("/api/search?q=casseurs&sort=oldest").get("hits").get(0);
        assertEquals("craft-1#0", hit.get("quote_id").asText());
        assertEquals(2, hit.get("cluster_size").asInt());
        String clusterId = hit.get("cluster_id").asText();
        JsonNode c = ok("/api/clusters/" + Http.path(clusterId));
        assertEquals(2, c.get("size").asInt());
        assertTrue(c.get("reworded").asBoolean());
        JsonNode first = c.get("appearances").get(0);
        JsonNode second = c.get("appearances").get(1);
        assertEquals("craft-1#0", first.get("quote_id").asText());
        assertTrue(first.get("first").asBoolean());
        assertEquals("2019-01-12", first.get("date").asText());
        assertEquals("Le Quotidien", first.get("source").asText());
        assertEquals("craft-2#0", second.get("quote_id").asText());
        assertEquals("reworded", second.get("diff").get("kind").asText());
        Set<String> changes = new HashSet<>();
        second.get("diff").get("parts").forEach(p -> changes.add(p.get("change").asText() + ":" + p.get("text").asText()));
        assertTrue(changes.contains("added:jamais"), changes.toString());
        assertTrue(changes.stream().anyMatch(x -> x.startsWith("removed:") && x.contains("pas")), changes.toString());
        // the quote endpoint gives the same cluster, and the article marks its quotes with it
        assertEquals(clusterId, ok("/api/quotes/craft-2%230").get("cluster").get("id").asText());
        JsonNode q = ok("/api/articles/craft-2").get("quotes").get(0);
        assertEquals(clusterId, q.get("cluster_id").asText());
        assertEquals(2, q.get("cluster_size").asInt());
    }

    @Test
    void statsCountQuotesPerSpeakerOutletAndMonth() {
        JsonNode s = ok("/api/stats?top=5");
        JsonNode archive = s.get("archive");
        assertEquals(45, archive.get("articles").asInt());
        long quotes = archive.get("quotes").asLong();
        assertEquals(quotes, s.get("quotes").asLong());
        long byType = 0;
        for (JsonNode v : s.get("by_type")) {
            byType += v.get("count").asLong();
        }
        assertEquals(quotes, byType);
        assertTrue(s.get("by_speaker").size() <= 5 && s.get("by_speaker").size() > 0);
        List<String> months = ids(s.get("by_month"), "value");
        List<String> sorted = new ArrayList<>(months);
        sorted.sort(null);
        assertEquals(sorted, months, "months in order");
        assertTrue(months.contains("2019-01") && months.contains("2022-01"), months.toString());
        JsonNode quotidien = ok("/api/stats?source=Le%20Quotidien");
        assertEquals(3, quotidien.get("quotes").asInt());
        assertEquals("christophe-castaner", quotidien.get("by_speaker").get(0).get("value").asText());
        assertEquals(List.of("2019-01", "2019-02"), ids(quotidien.get("by_month"), "value"));
        assertEquals(400, http.get("/api/stats?top=0").status());
    }

    @Test
    void aReadOnlyServerRefusesIngest() {
        Http.Answer a = http.post("/api/articles", "{\"id\":\"x\",\"text\":\"« Bonjour », a dit Paul.\"}", "Bearer guess");
        assertEquals(403, a.status(), a.body());
        assertTrue(a.json().get("error").asText().contains("read-only"), a.body());
        assertEquals(404, http.get("/api/articles/x").status());
    }

    @Test
    void theUiAndItsChartLibraryAreServedWithSecurityHeaders() {
        Http.Answer index = http.get("/");
        assertEquals(200, index.status());
        assertTrue(index.contentType().startsWith("text/html"), index.contentType());
        assertTrue(index.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals("nosniff", index.header("X-Content-Type-Options"));
        // the Chart.js address the pages use must exist in the WebJar on the classpath
        for (String page : new String[] {"/", "/speaker.html"}) {
            Matcher m = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"").matcher(http.get(page).body());
            assertTrue(m.find(), page);
            Http.Answer chart = http.get(m.group(1));
            assertEquals(200, chart.status(), m.group(1));
            assertTrue(chart.body().contains("Chart.js v4"), m.group(1));
        }
        for (String asset : new String[] {"/article.html", "/quote.html", "/speakers.html", "/css/dixit.css",
            "/js/dom.js", "/js/spans.js", "/js/hits.js", "/js/search.js", "/js/article.js", "/js/quote.js",
            "/js/speaker.js", "/js/speakers.js"}) {
            assertEquals(200, http.get(asset).status(), asset);
        }
        assertNotNull(ok("/api/info").get("ingest"));
        assertFalse(ok("/api/info").get("ingest").asBoolean());
    }

    @Test
    void pagesAreRevalidatedByTheirETagAndTheirSourceFilesAreNotServed() {
        Http.Answer page = http.get("/speakers.html");
        String etag = page.header("ETag");
        assertNotNull(etag);
        assertEquals("max-age=0", page.header("Cache-Control"));
        assertEquals(304, http.send(HttpRequest.newBuilder(URI.create(http.base() + "/speakers.html"))
                .header("If-None-Match", etag)).status());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(http.base() + "/speakers.html"))
                .header("If-None-Match", "\"other\"")).status());
        assertTrue(http.get("/index.html").body().contains("<title>dixit — search quotes</title>"));
        for (String source : new String[] {"/layout.html", "/pages/layout.html", "/pages/index.html"}) {
            assertEquals(404, http.get(source).status(), source);
        }
    }
}
