package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dixit.index.QuoteArchive;
import org.dixit.index.SearchRequest;
import org.dixit.index.SearchResult;
import org.dixit.model.ArticleQuotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(IndexCommandTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private CommandRun index(String... args) {
        List<String> all = new ArrayList<>(List.of("index", "--data", data().toString(), "--threads", "2"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void extractsStoresAndResolvesThenARerunSkipsEverything() throws IOException {
        String articles = resource("/index/articles.jsonl").toString();
        String seed = resource("/sample/seed/kazakhstan-2022-01.txt").toString();
        CommandRun first = index(articles, seed);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("indexed 6 articles ("), first.out());
        assertTrue(first.out().contains("rejected 0 records"), first.out());
        assertTrue(first.out().contains("speakers: "), first.out());
        assertFalse(first.err().contains("\r"), "no progress line without a terminal: " + first.err());
        ArchiveCheck stored = ArchiveCheck.of(data());
        assertEquals(6, stored.articles());
        assertTrue(stored.consistent(), stored.toString());
        assertTrue(stored.quotes() >= 20, stored.toString());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            assertFalse(archive.stats().derivedStale());
            SearchResult castaner = archive.search(SearchRequest.of("*").withSpeaker("Christophe Castaner"));
            assertTrue(castaner.hits().stream().anyMatch(h -> h.articleId().equals("ix-2")),
                    "'M. Castaner' of ix-2 is the Christophe Castaner of ix-1 and ix-4");
            assertTrue(castaner.hits().stream().anyMatch(h -> h.articleId().equals("ix-4")));
            ArticleQuotes seedArticle = archive.article("kazakhstan-2022-01").orElseThrow();
            assertTrue(seedArticle.quotes().size() >= 14, "the seed's quotes are stored with it");
        }

        CommandRun again = index(articles, seed);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("indexed 0 articles (0 quotes)"), again.out());
        assertTrue(again.out().contains("skipped 6 articles already stored unchanged"), again.out());
        assertTrue(again.out().contains("speakers and repeated quotations: unchanged"), again.out());
        assertEquals(stored, ArchiveCheck.of(data()), "nothing added, nothing lost");

        CommandRun forced = index("--force", articles);
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().startsWith("indexed 5 articles"), forced.out());
        assertEquals(stored, ArchiveCheck.of(data()), "re-indexing the same ids replaces them");
    }

    @Test
    void aNewVersionOfAnArticleReplacesTheOldOneAndTheLastDuplicateWins() throws IOException {
        Path v1 = Files.writeString(dir.resolve("v1.jsonl"), line("a-1", "« Nous gagnerons cette bataille », a "
                + "déclaré Jean Dupont.") + line("a-2", "« Rien ne change », a dit Marie Curie.\n"));
        assertEquals(0, index(v1.toString()).exitCode());
        Path v2 = Files.writeString(dir.resolve("v2.jsonl"), line("a-1", "« Première version », a déclaré Jean Dupont.")
                + line("a-1", "« Nous perdrons peut-être », a déclaré Jean Dupont. « Mais nous lutterons », a-t-il "
                + "ajouté."));
        CommandRun run = index(v2.toString());
        assertEquals(0, run.exitCode(), run.err());
        ArchiveCheck check = ArchiveCheck.of(data());
        assertEquals(2, check.articles());
        assertTrue(check.consistent(), check.toString());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            ArticleQuotes a1 = archive.article("a-1").orElseThrow();
            assertTrue(a1.article().text().startsWith("« Nous perdrons"), "the last occurrence in the input is kept");
            assertEquals(2, a1.quotes().size());
            assertEquals(0, archive.search(SearchRequest.of("gagnerons")).total(), "the old quotes are gone");
            assertEquals(0, archive.search(SearchRequest.of("\"première version\"")).total());
        }
    }

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"date\":\"2020-05-01\",\"source\":\"Test\",\"lang\":\"fr\",\"text\":\""
                + text.replace("\n", "") + "\"}\n";
    }

    /** The output of 'dixit extract --with-text' for the fixture articles, one line per article. */
    private List<String> extracted() {
        CommandRun run = CommandRun.of("extract", "--with-text", resource("/index/articles.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        return new ArrayList<>(run.out().strip().lines().toList());
    }

    @Test
    void alreadyExtractedLinesAreStoredAsTheyAreWithoutExtractingAgain() throws IOException {
        List<String> lines = extracted();
        assertTrue(lines.get(0).contains("\"speaker\":\"Christophe Castaner\""), lines.get(0));
        // a speaker the engine would never produce: if it is stored, the line was not re-extracted
        lines.set(0, lines.get(0).replace("\"speaker\":\"Christophe Castaner\"", "\"speaker\":\"Zoé Inventée\""));
        Path in = Files.write(dir.resolve("extracted.jsonl"), lines, StandardCharsets.UTF_8);
        CommandRun run = index("--extracted", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("indexed 5 articles"), run.out());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            SearchResult r = archive.search(SearchRequest.of("casseurs").withSpeaker("Zoé Inventée"));
            assertEquals(1, r.total());
            assertEquals("ix-1", r.hits().get(0).articleId());
        }
        CommandRun skipped = index(in.toString());
        assertTrue(skipped.out().contains("skipped 5 articles already stored unchanged"), skipped.out());
        // --re-extract: the older spelling of --reextract
        CommandRun reExtracted = index("--re-extract", in.toString());
        assertEquals(0, reExtracted.exitCode(), reExtracted.err());
        assertTrue(reExtracted.out().contains("re-extracted 5 of them"), reExtracted.out());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            assertEquals(0, archive.search(SearchRequest.of("*").withSpeaker("Zoé Inventée")).total(),
                    "--re-extract ignores the quotes of the input");
        }
    }

    @Test
    void badRecordsAreRejectedWithFileLineAndReasonAndTheRestIsStored() throws IOException {
        List<String> extracted = extracted();
        String inconsistent = extracted.get(1).replace("\"text\":\"Les casseurs seront poursuivis sans relâche\"",
                "\"text\":\"Les casseurs seront pardonnés\"");
        assertTrue(!inconsistent.equals(extracted.get(1)), "the fixture quote was found");
        CommandRun plainExtract = CommandRun.of("extract", resource("/index/articles.jsonl").toString());
        List<String> withoutText = plainExtract.out().strip().lines().toList();
        List<String> lines = List.of(
                extracted.get(0),
                "{\"id\":\"broken\",\"text\":\"« Bonjour », a dit Paul.",
                "{\"id\":\"no-text\",\"title\":\"Sans texte\"}",
                inconsistent,
                extracted.get(2),
                line("plain", "« Tout va bien », a déclaré Jean Dupont.").strip(),
                withoutText.get(4));
        Path in = Files.write(dir.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
        Path notGzip = Files.writeString(dir.resolve("corrupt.jsonl.gz"), "this is not gzip data at all");
        CommandRun run = index(in.toString(), dir.resolve("missing.jsonl").toString(), notGzip.toString());
        assertEquals(2, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("mixed.jsonl:2 [broken]: broken JSON"), err);
        assertTrue(err.contains("mixed.jsonl:3 [no-text]: no \"text\" field"), err);
        assertTrue(err.contains("mixed.jsonl:4 [ix-2]: quote 1: \"text\" is not the article text at "), err);
        assertTrue(err.contains("mixed.jsonl:7 [ix-5]: no \"text\" field: quotes cannot be stored without their "
                + "article (write them with dixit extract --with-text)"), err);
        assertTrue(err.contains("missing.jsonl: no such file"), err);
        assertTrue(err.contains("corrupt.jsonl.gz: read error"), err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(run.out().contains("indexed 3 articles"), run.out());
        assertTrue(run.out().contains("rejected 6 records:"), run.out());
        assertTrue(run.out().contains("broken JSON"), run.out());
        assertTrue(run.out().contains("no such file"), run.out());
        ArchiveCheck check = ArchiveCheck.of(data());
        assertEquals(3, check.articles());
        assertTrue(check.consistent(), check.toString());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            assertTrue(archive.article("ix-1").isPresent());
            assertTrue(archive.article("ix-3").isPresent());
            assertTrue(archive.article("plain").isPresent());
            assertTrue(archive.article("ix-2").isEmpty(), "the inconsistent record is not stored in part");
        }
    }

    /**
     * The layout the Spark job writes with {@code --with-text --jsonl-out DIR} (its lines come from
     * the same core writer as {@code dixit extract --with-text}, checked in the spark module): part
     * files, a _SUCCESS marker and .crc checksums. The directory is stored as it is, and a line whose
     * offsets do not point at its text is rejected with its file and line.
     */
    @Test
    void aSparkJsonlDirectoryWithTextIsStoredWithoutExtractingAndABadLineIsRejected() throws IOException {
        List<String> lines = extracted();
        assertEquals(5, lines.size());
        Matcher first = Pattern.compile("\"quotes\":\\[\\{\"start\":(\\d+),\"end\":(\\d+)").matcher(lines.get(3));
        assertTrue(first.find(), lines.get(3));
        String shifted = lines.get(3).substring(0, first.start()) + "\"quotes\":[{\"start\":"
                + (Integer.parseInt(first.group(1)) + 1) + ",\"end\":" + (Integer.parseInt(first.group(2)) + 1)
                + lines.get(3).substring(first.end());
        Path out = Files.createDirectories(dir.resolve("spark-jsonl"));
        Files.write(out.resolve("part-00000"), lines.subList(0, 2), StandardCharsets.UTF_8);
        Files.write(out.resolve("part-00001"), List.of(lines.get(2), shifted, lines.get(4)), StandardCharsets.UTF_8);
        Files.write(out.resolve("_SUCCESS"), new byte[0]);
        Files.write(out.resolve(".part-00000.crc"), new byte[] {'c', 'r', 'c', 0, 0, 0, 1});

        CommandRun run = index("--extracted", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("dixit: " + out.resolve("part-00001") + ":2 [ix-4]: quote 1: \"text\" is not the article text at "
                + (Integer.parseInt(first.group(1)) + 1) + ".." + (Integer.parseInt(first.group(2)) + 1),
                run.err().strip());
        assertTrue(run.out().startsWith("indexed 4 articles"), run.out());
        assertTrue(run.out().contains("rejected 1 records:"), run.out());
        ArchiveCheck check = ArchiveCheck.of(data());
        assertEquals(4, check.articles());
        assertTrue(check.consistent(), check.toString());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            SearchResult casseurs = archive.search(SearchRequest.of("casseurs").withSpeaker("Christophe Castaner"));
            assertEquals(List.of("ix-1", "ix-2"), casseurs.hits().stream().map(h -> h.articleId()).sorted().toList());
            assertTrue(archive.article("ix-4").isEmpty(), "the inconsistent line is not stored in part");
            assertEquals(0, archive.search(SearchRequest.of("restraint")).total());
            assertTrue(archive.search(SearchRequest.of("grève")).total() > 0, "ix-3 is searchable");
        }
    }

    @Test
    void nothingUsableExitsWithOneAndBadOptionsWithTwo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        CommandRun nothing = index(empty.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("empty input"), nothing.err());

        CommandRun noInput = CommandRun.of("index", "--data", data().toString());
        assertEquals(2, noInput.exitCode());
        assertTrue(noInput.err().contains("nothing to index"), noInput.err());

        CommandRun aliases = index("--aliases", dir.resolve("no-such-aliases.tsv").toString(),
                resource("/index/articles.jsonl").toString());
        assertEquals(2, aliases.exitCode());
        assertTrue(aliases.err().startsWith("dixit: no such file: "), aliases.err());

        Path badAliases = Files.writeString(dir.resolve("aliases.tsv"), "Marine Le Pen\n");
        CommandRun malformed = index("--aliases", badAliases.toString(), resource("/index/articles.jsonl").toString());
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("aliases.tsv:1"), malformed.err());
    }

    @Test
    void anArchiveInUseIsAClearError() throws IOException {
        try (QuoteArchive busy = QuoteArchive.open(data())) {
            CommandRun run = index(resource("/index/articles.jsonl").toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains("is in use by another dixit process"), run.err());
        }
    }

    @Test
    void aliasFileMergesSpeakers() throws IOException {
        Path aliases = Files.writeString(dir.resolve("aliases.tsv"), "Paul Lemaire\tSophie Binet\n");
        CommandRun run = index("--aliases", aliases.toString(), resource("/index/articles.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            assertEquals(archive.search(SearchRequest.of("*").withSpeaker("Paul Lemaire")).total(),
                    archive.search(SearchRequest.of("*").withSpeaker("Sophie Binet")).total());
            assertTrue(archive.search(SearchRequest.of("grève").withSpeaker("Paul Lemaire")).total() > 0);
        }
    }
}
