package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexCommandTest {

    @Test
    void ingestsCopiesAndSyntheticArticlesThenTimesSearches(@TempDir Path data) throws Exception {
        String articles = IndexCommandTest.resource("/index/articles.jsonl").toString();
        CommandRun run = CommandRun.of("bench-index", "--data", data.toString(), "--copies", "3", "--synthetic", "40",
                "--queries", "50", "--threads", "2", articles);
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("ingest: 55 articles"), "3 × 5 copies under distinct ids + 40 generated: " + out);
        assertTrue(out.contains("archive: 55 articles"), out);
        Matcher p95 = Pattern.compile("p50 ([\\d.]+) ms, p95 ([\\d.]+) ms").matcher(out);
        assertTrue(p95.find(), out);
        assertTrue(Double.parseDouble(p95.group(2)) >= Double.parseDouble(p95.group(1)), out);
        assertTrue(out.contains("search: 50 queries"), out);
        assertTrue(ArchiveCheck.of(data).consistent());

        CommandRun again = CommandRun.of("bench-index", "--data", data.toString(), "--search-only", "--queries", "20");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("archive: 55 articles"), again.out());
        assertTrue(again.out().contains("search: 20 queries"), again.out());
    }

    @Test
    void needsSomethingToIngest() {
        CommandRun run = CommandRun.of("bench-index");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give input PATHs and/or --synthetic N"), run.err());
    }
}
