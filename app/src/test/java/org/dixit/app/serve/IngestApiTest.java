package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dixit.app.Version;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.Provenance;
import org.dixit.index.QuoteArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles on a real server started with an ingest token, over a fresh archive on disk. */
class IngestApiTest {
    static final String TOKEN = "s3cret-token-for-tests";
    static final String AUTH = "Bearer " + TOKEN;
    /** Untrusted text: markup that must stay text everywhere. */
    static final String XSS_TEXT = "Un texte piégé. « <script>alert(1)</script> Les pirates <img src=x "
            + "onerror=\"window.__xss=1\"> sont partout », a déclaré Jean Dupont, expert en sécurité.";

    @TempDir
    static Path dir;
    static DixitServer server;
    static QuoteArchive archive;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        archive = QuoteArchive.open(dir);
        server = DixitServer.start(archive, TOKEN, DixitExtractor.create(), "127.0.0.1", 0);
        http = Http.of(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String article(String id, String text) {
        return new ObjectMapper().createObjectNode().put("id", id).put("date", "2019-03-04").put("source", "Test")
                .put("lang", "fr").put("text", text).toString();
    }

    @Test
    void withoutTheTokenNothingIsStored() {
        String body = article("nope-1", "« Ceci ne doit pas entrer », a déclaré Paul Martin.");
        Http.Answer missing = http.post("/api/articles", body, null);
        assertEquals(401, missing.status(), missing.body());
        assertTrue(missing.header("WWW-Authenticate").startsWith("Bearer"));
        assertTrue(missing.json().get("error").asText().contains("token"), missing.body());
        Http.Answer wrong = http.post("/api/articles", body, "Bearer not-the-token");
        assertEquals(403, wrong.status(), wrong.body());
        assertEquals(403, http.post("/api/articles", body, TOKEN + "x").status());
        assertEquals(404, http.get("/api/articles/nope-1").status());
        assertEquals(0, http.get("/api/search?q=entrer").json().get("total").asInt());
    }

    @Test
    void withTheTokenArticlesAreExtractedStoredAndSearchable() throws Exception {
        Http.Answer a = http.post("/api/articles",
                article("ing-1", "Le maire a parlé lundi. « Nous rouvrirons la piscine municipale en juin », a déclaré "
                        + "Marie Lefèvre, maire de Bourges."), AUTH);
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json();
        assertEquals(1, r.get("stored").asInt());
        assertEquals(1, r.get("quotes").asInt());
        assertEquals("ing-1", r.get("articles").get(0).get("id").asText());
        assertEquals(0, r.get("rejected").size());
        assertEquals(Provenance.extractedBy(Version.engine()), archive.stored("ing-1").orElseThrow().provenance(),
                "stored with the engine that extracted it, so a later dixit index knows");
        JsonNode hits = http.get("/api/search?q=piscine").json();
        assertEquals(1, hits.get("total").asInt());
        JsonNode hit = hits.get("hits").get(0);
        assertEquals("Marie Lefèvre", hit.get("speaker_name").asText());
        assertEquals("2019-03-04", hit.get("date").asText());
        assertEquals("marie-lefevre", hit.get("speaker_id").asText(), "speakers are resolved after an ingest");
        assertEquals(200, http.get("/api/speakers/marie-lefevre").status());
        // the Bearer prefix is optional and its case does not matter
        assertEquals(200, http.post("/api/articles", article("ing-1b", "« Oui », a dit Paul Martin."), "bearer " + TOKEN)
                .status());
        assertEquals(200, http.post("/api/articles", article("ing-1c", "« Non », a dit Paul Martin."), TOKEN).status());
    }

    @Test
    void badRecordsAreRejectedByNumberAndTheOthersStored() {
        String body = "[" + article("arr-1", "« Premier message », a déclaré Paul Martin.") + ","
                + "{\"id\":\"arr-2\",\"title\":\"no text\"},"
                + "42,"
                + article("arr-4", "« Quatrième message », a déclaré Paul Martin.") + "]";
        Http.Answer a = http.post("/api/articles", body, AUTH);
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json();
        assertEquals(2, r.get("stored").asInt());
        assertEquals(2, r.get("rejected").size());
        assertEquals(2, r.get("rejected").get(0).get("record").asInt());
        assertEquals("arr-2", r.get("rejected").get(0).get("id").asText());
        assertTrue(r.get("rejected").get(0).get("reason").asText().contains("text"), a.body());
        assertEquals(3, r.get("rejected").get(1).get("record").asInt());
        assertEquals(200, http.get("/api/articles/arr-4").status());

        String jsonl = article("l-1", "« Ligne un », a déclaré Paul Martin.") + "\n{\"id\":\"l-2\",\"text\": broken\n"
                + article("l-3", "« Ligne trois », a déclaré Paul Martin.") + "\n";
        JsonNode lines = http.post("/api/articles", jsonl, AUTH).json();
        assertEquals(2, lines.get("stored").asInt(), lines.toString());
        assertEquals(2, lines.get("rejected").get(0).get("record").asInt());
        assertTrue(lines.get("rejected").get(0).get("reason").asText().startsWith("broken JSON"), lines.toString());
    }

    @Test
    void aBodyWithNothingUsableIs400() {
        for (String body : new String[] {"", "   ", "[]", "[1, 2", "not json at all", "{\"id\":\"x\"}", "[\"text\"]"}) {
            Http.Answer a = http.post("/api/articles", body, AUTH);
            assertEquals(400, a.status(), body + " -> " + a.body());
            assertFalse(a.json().get("error").asText().isBlank(), a.body());
        }
    }

    @Test
    void reIngestingAnIdReplacesTheArticle() {
        http.post("/api/articles", article("same-id", "« Les impôts baisseront », a déclaré Paul Martin."), AUTH);
        assertEquals(1, http.get("/api/search?q=imp%C3%B4ts").json().get("total").asInt());
        Http.Answer again = http.post("/api/articles",
                article("same-id", "« Les salaires augmenteront », a déclaré Paul Martin."), AUTH);
        assertEquals(200, again.status());
        assertEquals(0, http.get("/api/search?q=imp%C3%B4ts").json().get("total").asInt());
        assertEquals(1, http.get("/api/search?q=salaires").json().get("total").asInt());
        assertTrue(http.get("/api/articles/same-id").json().get("text").asText().contains("salaires"));
    }

    @Test
    void markupInAnArticleComesBackAsAPlainJsonString() {
        Http.Answer a = http.post("/api/articles", new ObjectMapper().createObjectNode().put("id", "xss-api")
                .put("title", "<script>alert('t')</script>").put("lang", "fr").put("text", XSS_TEXT).toString(), AUTH);
        assertEquals(200, a.status(), a.body());
        Http.Answer got = http.get("/api/articles/xss-api");
        assertTrue(got.contentType().startsWith("application/json"), got.contentType());
        assertEquals("nosniff", got.header("X-Content-Type-Options"));
        JsonNode art = got.json();
        assertEquals(XSS_TEXT, art.get("text").asText());
        assertEquals("<script>alert('t')</script>", art.get("title").asText());
        assertTrue(art.get("quotes").get(0).get("text").asText().contains("<img src=x onerror="), art.toString());
    }

    @Test
    void infoSaysIngestIsOn() {
        assertTrue(http.get("/api/info").json().get("ingest").asBoolean());
    }
}
