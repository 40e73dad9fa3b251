package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'dixit search' over an archive built by 'dixit index' from the fixture articles. */
class SearchCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void index() {
        CommandRun run = CommandRun.of("index", "--data", dir.toString(), "--threads", "2",
                IndexCommandTest.resource("/index/articles.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static CommandRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--data", dir.toString()));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CommandRun run = search(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static Set<String> articles(JsonNode result) {
        Set<String> ids = new HashSet<>();
        result.get("hits").forEach(h -> ids.add(h.get("article_id").asText()));
        return ids;
    }

    @Test
    void rankedHitsWithSpeakerDateSourceArticleAndFacets() {
        CommandRun run = search("castaner", "--speaker", "Christophe Castaner");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("«Nous ne laisserons pas les casseurs détruire nos villes»"), out);
        assertTrue(out.contains("— Christophe Castaner"), out);
        assertTrue(out.contains("2019-01-12 · Le Quotidien · ix-1 · direct"), out);
        assertTrue(out.contains("— Christophe Castaner (as \"Castaner\")"), "ix-2's 'M. Castaner', resolved: " + out);
        assertTrue(out.contains("2019-02-21 · The Courier · ix-4 · direct"), out);
        assertFalse(out.contains("Sophie Binet"), out);
        assertTrue(out.contains("speaker: Christophe Castaner ("), out);
        assertTrue(out.contains("source:  Le Quotidien ("), out);
        assertTrue(out.contains("month:   2019-01 (") && out.contains("2019-02 ("), out);
        assertTrue(out.contains("type:    direct ("), out);
    }

    @Test
    void filtersNarrowTheHitsAndTheFacets() throws Exception {
        assertEquals(Set.of("ix-2", "ix-4"), articles(json("*", "--speaker", "Castaner", "--from", "2019-02",
                "--to", "2019-02", "--type", "direct")));
        assertEquals(Set.of("ix-4"), articles(json("--speaker", "Castaner", "--lang", "en")));
        assertEquals(Set.of("ix-2", "ix-5"), articles(json("*", "--source", "la gazette", "--type", "direct")));
        assertEquals(Set.of("ix-3"), articles(json("greve")), "accents folded");
        assertEquals(Set.of("ix-1", "ix-2"), articles(json("\"les casseurs\"")));
        JsonNode one = json("*", "--limit", "1");
        assertEquals(9, one.get("total").asInt());
        assertEquals(1, one.get("hits").size());
        JsonNode facets = json("*").get("facets");
        assertEquals("2019-01", facets.get("month").get(0).get("value").asText(), "months in order");
        int direct = 0;
        for (JsonNode t : facets.get("type")) {
            if (t.get("value").asText().equals("direct")) {
                direct = t.get("count").asInt();
            }
        }
        assertEquals(5, direct);
        JsonNode hit = json("commerçants").get("hits").get(0);
        assertEquals("Paul Lemaire", hit.get("speaker_name").asText());
        assertEquals("2019-03", hit.get("date").asText());
        assertEquals("La Gazette", hit.get("source").asText());
        assertEquals("ix-5", hit.get("article_id").asText());
        assertEquals("Les commerçants ont peur de rouvrir leurs boutiques", hit.get("text").asText());
    }

    @Test
    void malformedQueriesGetOneClearLineAndExitTwo() {
        for (String bad : List.of("\"unbalanced", "AND OR", "title:(", "title:macron", "casseurs)", "*asseurs")) {
            CommandRun run = search(bad);
            assertEquals(2, run.exitCode(), bad);
            assertEquals("", run.out(), bad);
            String err = run.err().strip();
            assertTrue(err.startsWith("dixit: invalid query \""), err);
            assertEquals(1, err.lines().count(), err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
        CommandRun type = search("x", "--type", "quoted");
        assertEquals(2, type.exitCode());
        assertTrue(type.err().contains("invalid --type \"quoted\""), type.err());
        CommandRun date = search("x", "--from", "2019-13");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("invalid date for --from"), date.err());
        CommandRun reversed = search("x", "--from", "2019-03", "--to", "2019-01");
        assertEquals(2, reversed.exitCode());
        CommandRun limit = search("x", "--limit", "0");
        assertEquals(2, limit.exitCode());
        assertTrue(limit.err().contains("limit must be between 1 and 1000"), limit.err());
    }

    @Test
    void speakersListsEntitiesWithTheirNamesAndRoles() throws Exception {
        CommandRun run = CommandRun.of("speakers", "castaner", "--data", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.matches("(?s)\\s*\\d+  Christophe Castaner  \\[christophe-castaner\\]  2019-01-12 … 2019-02-21\n.*"),
                out);
        assertTrue(out.contains("as: ") && out.contains("Castaner ("), "both names: " + out);
        JsonNode all = new ObjectMapper().readTree(CommandRun.of("speakers", "--json", "--limit", "100", "--data",
                dir.toString()).out());
        Set<String> names = new HashSet<>();
        all.forEach(s -> names.add(s.get("name").asText()));
        assertTrue(names.containsAll(Set.of("Christophe Castaner", "Sophie Binet", "Paul Lemaire")), names.toString());
        assertEquals("no speaker matches \"Personne Inconnue\"\n",
                CommandRun.of("speakers", "Personne Inconnue", "--data", dir.toString()).out());
    }

    @Test
    void noSuchSpeakerOrArchiveIsSaidPlainly(@TempDir Path empty) {
        CommandRun nobody = search("*", "--speaker", "Personne Inconnue");
        assertEquals(0, nobody.exitCode());
        assertTrue(nobody.out().startsWith("0 quotes\nno speaker in the archive matches \"Personne Inconnue\""),
                nobody.out());
        CommandRun missing = CommandRun.of("search", "castaner", "--data", empty.resolve("nope").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no dixit archive here (run dixit index first)"), missing.err());
    }
}
