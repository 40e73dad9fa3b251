package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.index.store.Fields;
import org.dixit.io.ArticleReader;
import org.dixit.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: {@code dixit index} in a child JVM is killed with SIGKILL in the middle of a run;
 * the archive must open, hold consistent committed articles, and a re-run of the same command
 * must complete it without duplicates.
 */
class IndexKillTest {
    private static final int LINES = 3000;
    private static final String[] FIRST = {"Jean", "Marie", "Paul", "Sophie", "Luc", "Claire", "Marc", "Julie"};
    private static final String[] LAST = {"Dupont", "Martin", "Bernard", "Durand", "Lefebvre", "Moreau", "Garnier"};
    private static final String[] WORDS = ("gouvernement réforme retraites manifestants police ministre budget "
            + "sécurité économie chômage entreprises syndicats grève hôpital école climat énergie transport justice "
            + "enquête parlement loi vote majorité opposition campagne citoyens région famille travail salaires")
            .split(" ");

    @TempDir
    Path dir;

    /** Articles with two or three attributed quotes each; every 40th line repeats an earlier one. */
    private static List<String> input() {
        Random r = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            if (i % 40 == 39) {
                lines.add(lines.get(i - 17));
                continue;
            }
            StringBuilder text = new StringBuilder("La journée a été agitée. ");
            for (int q = 2 + r.nextInt(2); q > 0; q--) {
                StringBuilder quote = new StringBuilder("Nous");
                for (int w = 6 + r.nextInt(10); w > 0; w--) {
                    quote.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
                }
                text.append("« ").append(quote).append(" », a déclaré ").append(FIRST[r.nextInt(FIRST.length)])
                        .append(' ').append(LAST[r.nextInt(LAST.length)]).append(". ");
            }
            lines.add("{\"id\":\"k-" + i + "\",\"date\":\"2021-" + String.format("%02d", 1 + r.nextInt(12))
                    + "-10\",\"source\":\"S" + r.nextInt(5) + "\",\"lang\":\"fr\",\"text\":\"" + text.toString().strip()
                    + "\"}");
        }
        return lines;
    }

    private Process index(Path in, Path data, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", classpath, Dixit.class.getName(), "index", "--data", data.toString(), "--threads", "2",
                "--commit-every", "100", in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int committedArticles(Path data) throws IOException {
        try (FSDirectory d = FSDirectory.open(data)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return new IndexSearcher(r).count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
            }
        }
    }

    @Test
    void killedMidRunLeavesAConsistentArchiveAndARerunCompletesIt() throws Exception {
        List<String> lines = input();
        Path in = Files.write(dir.resolve("big.jsonl"), lines, StandardCharsets.UTF_8);
        Path data = dir.resolve("data");

        // kill once some commits are visible (how many varies from run to run), anywhere between two
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int wanted = 1 + random.nextInt(900);
        Process first = index(in, data, dir.resolve("first.log"));
        int seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen < wanted && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(30);
            seen = committedArticles(data);
        }
        assertTrue(seen > 0, "a commit became visible: " + Files.readString(dir.resolve("first.log")));
        Thread.sleep(random.nextInt(300));
        first.destroyForcibly(); // SIGKILL
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        String firstLog = Files.readString(dir.resolve("first.log"));
        assertFalse(firstLog.contains("indexed "), "killed before the end (seed " + seed + "): " + firstLog);

        ArchiveCheck killed = ArchiveCheck.of(data);
        assertTrue(killed.articles() >= seen, "committed articles survive: " + killed + " vs " + seen);
        assertTrue(killed.articles() < LINES - LINES / 40, "the run was interrupted: " + killed);
        assertTrue(killed.consistent(), "each stored article has exactly its quotes: " + killed);
        try (QuoteArchive archive = QuoteArchive.open(data)) { // the writer's lock died with it
            assertEquals(killed.articles(), archive.stats().articles());
            assertTrue(archive.stats().derivedStale(), "speakers and clusters were not rebuilt yet");
        }

        Process second = index(in, data, dir.resolve("second.log"));
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("second.log"));
        assertEquals(0, second.exitValue(), log);
        assertTrue(log.contains("skipped "), "the re-run skips what was committed: " + log);

        Map<String, Article> distinct = new LinkedHashMap<>();
        new ArticleReader(2_000_000, null, r -> { }, System.in).read(List.of(in.toString()),
                a -> distinct.put(a.id(), a));
        QuoteExtractor extractor = DixitExtractor.create();
        int expectedQuotes = 0;
        for (Article a : distinct.values()) {
            expectedQuotes += extractor.extract(a).quotes().size();
        }
        ArchiveCheck done = ArchiveCheck.of(data);
        System.out.printf("kill -9 test (seed %d): %d articles committed when killed (%d seen before), then: %s%n",
                seed, killed.articles(), seen, log.lines().limit(2).toList());
        assertEquals(distinct.size(), done.articles(), done.toString());
        assertEquals(expectedQuotes, done.quotes(), "every quote once: " + done);
        assertTrue(done.consistent(), done.toString());
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data)) {
            assertFalse(archive.stats().derivedStale(), "the re-run rebuilt speakers and clusters");
            assertTrue(archive.stats().speakers() > 0);
        }
    }
}
