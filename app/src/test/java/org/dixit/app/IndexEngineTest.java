package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dixit.index.Provenance;
import org.dixit.index.QuoteArchive;
import org.dixit.index.SearchRequest;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The archive and the engine that extracted its quotes: an upgrade of dixit (another engine
 * fingerprint, injected here) extracts again what the old engine extracted, and only that.
 */
class IndexEngineTest {
    private static final String OLD = "0.0.9+0000000000000000";
    private static final String NEW = "0.1.0+1111111111111111";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private static String articles() {
        return IndexCommandTest.resource("/index/articles.jsonl").toString();
    }

    /** {@code dixit index --data DIR ARGS} run by an engine with the given fingerprint. */
    private CommandRun index(String engine, String... args) {
        IndexCommand command = new IndexCommand();
        command.engine = engine;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data", data().toString(), "--threads", "2"));
        all.addAll(List.of(args));
        return new CommandRun(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private Provenance provenance(String id) throws IOException {
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            return archive.stored(id).orElseThrow().provenance();
        }
    }

    private long quotesBy(String speaker) throws IOException {
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            return archive.search(SearchRequest.of("*").withSpeaker(speaker)).total();
        }
    }

    /** The quotes of an article with every speaker replaced: what an older engine might have found. */
    private static ArticleQuotes withSpeaker(ArticleQuotes aq, String speaker) {
        List<Quote> quotes = aq.quotes().stream().map(q -> new Quote(q.start(), q.end(), q.text(), q.type(), speaker,
                q.speakerMention(), q.speakerStart(), q.speakerEnd(), q.cue(), q.cueStart(), q.cueEnd(), q.confidence(),
                q.speakerGender(), q.speakerRole(), q.evidence())).toList();
        return new ArticleQuotes(aq.article(), quotes);
    }

    @Test
    void aNewEngineExtractsAgainWhatTheOldOneExtractedAndAnUnchangedEngineSkipsIt() throws IOException {
        String seed = IndexCommandTest.resource("/sample/seed/kazakhstan-2022-01.txt").toString();
        CommandRun first = index(OLD, articles(), seed);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(Provenance.extractedBy(OLD), provenance("ix-1"));
        // the old engine got ix-1 and ix-2 wrong
        ArticleQuotes ix1;
        try (QuoteArchive archive = QuoteArchive.open(data())) {
            ix1 = archive.article("ix-1").orElseThrow();
            archive.add(withSpeaker(ix1, "Zoé Inventée"), Provenance.extractedBy(OLD));
            archive.add(withSpeaker(archive.article("ix-2").orElseThrow(), "Zoé Inventée"), Provenance.extractedBy(OLD));
            archive.rebuildDerived();
        }
        Path aliases = Files.writeString(dir.resolve("aliases.tsv"), "Paul Lemaire\tSophie Binet\n");
        assertEquals(0, index(OLD, "--aliases", aliases.toString()).exitCode());
        assertTrue(quotesBy("Zoé Inventée") >= 2);
        ArchiveCheck before = ArchiveCheck.of(data());

        CommandRun same = index(OLD, articles());
        assertTrue(same.out().startsWith("indexed 0 articles (0 quotes)"), same.out());
        assertTrue(same.out().contains("skipped 5 articles already stored unchanged"), same.out());
        assertFalse(same.out().contains("re-extracted"), same.out());
        assertTrue(same.out().contains("speakers and repeated quotations: unchanged"), same.out());

        CommandRun upgraded = index(NEW, articles());
        assertEquals(0, upgraded.exitCode(), upgraded.err());
        assertTrue(upgraded.out().startsWith("indexed 5 articles ("), upgraded.out());
        assertTrue(upgraded.out().contains("re-extracted 5 of them: stored unchanged, but extracted by another engine "
                + "(now " + NEW + ")"), upgraded.out());
        assertTrue(upgraded.out().contains("1 stored articles were extracted by another engine"),
                "the seed, not in this input, is still the old engine's: " + upgraded.out());
        assertTrue(upgraded.out().contains("speakers: "), "derived data rebuilt: " + upgraded.out());
        assertEquals(0, quotesBy("Zoé Inventée"), "the old engine's quotes are replaced");
        assertTrue(quotesBy("Christophe Castaner") >= 2, "speakers resolved again over the new quotes");
        assertEquals(quotesBy("Paul Lemaire"), quotesBy("Sophie Binet"), "the alias file is still in force");
        assertEquals(before, ArchiveCheck.of(data()), "every article still there once, each with its quotes");
        assertEquals(Provenance.extractedBy(NEW), provenance("ix-1"));
        assertEquals(Provenance.extractedBy(OLD), provenance("kazakhstan-2022-01"));
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data())) {
            ArticleQuotes now = archive.article("ix-1").orElseThrow();
            assertEquals(ix1, now, "same article (text, metadata) with the engine's quotes");
        }

        CommandRun again = index(NEW, articles());
        assertTrue(again.out().startsWith("indexed 0 articles (0 quotes)"), again.out());
        assertTrue(again.out().contains("skipped 5 articles already stored unchanged"), again.out());
        assertFalse(again.out().contains("re-extracted"), again.out());
    }

    @Test
    void quotesLoadedWithTheirArticlesKeepTheirEngineUntilReextractIsAskedFor() throws IOException {
        CommandRun extract = CommandRun.of("extract", "--with-text", articles());
        List<String> lines = new ArrayList<>(extract.out().strip().lines().toList());
        // a speaker no engine would produce: while it is stored, the line was not extracted again
        lines.set(0, lines.get(0).replace("\"speaker\":\"Christophe Castaner\"", "\"speaker\":\"Zoé Inventée\""));
        lines.set(1, lines.get(1).replaceFirst("^\\{", "{\"engine\":\"spark-job-7\","));
        Path in = Files.write(dir.resolve("extracted.jsonl"), lines, StandardCharsets.UTF_8);
        CommandRun loaded = index(OLD, "--extracted", in.toString());
        assertEquals(0, loaded.exitCode(), loaded.err());
        assertEquals(Provenance.loaded(null), provenance("ix-1"));
        assertEquals(new Provenance("spark-job-7", false), provenance("ix-2"));
        long invented = quotesBy("Zoé Inventée");
        assertTrue(invented > 0);

        CommandRun asText = index(NEW, articles());
        assertEquals(0, asText.exitCode(), asText.err());
        assertTrue(asText.out().startsWith("indexed 0 articles"), asText.out());
        assertTrue(asText.out().contains("skipped 5 articles already stored unchanged"), asText.out());
        assertTrue(asText.out().contains("5 of them with quotes extracted elsewhere and loaded (--reextract"),
                asText.out());
        assertFalse(asText.out().contains("were extracted by another engine"), asText.out());
        CommandRun reloaded = index(NEW, "--extracted", in.toString());
        assertTrue(reloaded.out().startsWith("indexed 0 articles"), reloaded.out());
        assertEquals(invented, quotesBy("Zoé Inventée"), "another engine does not touch loaded quotes");

        CommandRun asked = index(NEW, "--reextract");
        assertEquals(0, asked.exitCode(), asked.err());
        assertTrue(asked.out().startsWith("indexed 5 articles"), asked.out());
        assertTrue(asked.out().contains("re-extracted 5 of them"), asked.out());
        assertEquals(0, quotesBy("Zoé Inventée"), "extracted again from the stored text");
        assertEquals(Provenance.extractedBy(NEW), provenance("ix-2"));
        assertTrue(ArchiveCheck.of(data()).consistent());
        CommandRun done = index(NEW, "--reextract");
        assertTrue(done.out().startsWith("indexed 0 articles"), "nothing left for this engine: " + done.out());
        assertTrue(done.out().contains("speakers and repeated quotations: unchanged"), done.out());
    }

    @Test
    void articlesStoredBeforeEnginesWereRecordedAreExtractedAgain() throws IOException {
        assertEquals(0, index(OLD, articles()).exitCode());
        try (QuoteArchive archive = QuoteArchive.open(data())) {
            archive.add(withSpeaker(archive.article("ix-3").orElseThrow(), "Zoé Inventée")); // no engine recorded
            archive.commit();
            assertNull(archive.stored("ix-3").orElseThrow().provenance());
        }
        CommandRun run = index(OLD, articles());
        assertTrue(run.out().startsWith("indexed 1 articles"), run.out());
        assertTrue(run.out().contains("re-extracted 1 of them"), run.out());
        assertEquals(0, quotesBy("Zoé Inventée"));
        assertEquals(Provenance.extractedBy(OLD), provenance("ix-3"));
    }
}
