package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    static Path sample(String name) throws URISyntaxException {
        return Path.of(ExtractCommandTest.class.getResource("/sample/" + name).toURI());
    }

    @Test
    void seedArticleAsJsonLines() throws Exception {
        CommandRun run = CommandRun.of("extract", sample("seed/kazakhstan-2022-01.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"kazakhstan-2022-01\",\"date\":\"2022-01\",\"lang\":\"fr\""), lines[0]);
        long quotes = lines[0].split("\"speaker\":\"Kassym-Jomart Tokaïev\"", -1).length - 1;
        assertTrue(quotes >= 14, "quotes attributed to Tokaïev: " + quotes);
        assertTrue(run.err().contains("1 articles"), run.err());
    }

    @Test
    void badRecordsAreReportedAndTheRestExtractedInOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(i == 30 ? "{\"id\":\"broken\",\"text\":" : "{\"id\":\"n" + i + "\",\"text\":\"«Nous irons jusqu'au bout "
                    + i + "», a déclaré Jean Dupont.\"}");
        }
        Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("extract", "--threads", "2", in.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("in.jsonl:31 [broken]: broken JSON"), run.err());
        String[] out = run.out().strip().split("\n");
        assertEquals(59, out.length);
        for (int i = 0, n = 0; i < 60; i++) {
            if (i != 30) {
                assertTrue(out[n++].startsWith("{\"id\":\"n" + i + "\""), "order kept at " + i);
            }
        }
        assertTrue(out[0].contains("\"speaker\":\"Jean Dupont\""), out[0]);
    }

    @Test
    void nothingUsableExitsWithOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        CommandRun run = CommandRun.of("extract", empty.toString(), dir.resolve("missing.jsonl").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("empty input"));
        assertTrue(run.err().contains("no such file"));
    }

    @Test
    void csvAndTextFormats() throws Exception {
        CommandRun csv = CommandRun.of("extract", "--format", "csv", sample("seed/kazakhstan-2022-01.txt").toString());
        assertEquals(0, csv.exitCode());
        assertTrue(csv.out().startsWith("article_id,date,source,lang,start,end,type,speaker"), csv.out());
        assertTrue(csv.out().contains("kazakhstan-2022-01,2022-01,,fr,"), csv.out());
        CommandRun text = CommandRun.of("extract", "--format", "text", sample("seed/kazakhstan-2022-01.txt").toString());
        assertTrue(text.out().contains("— Kassym-Jomart Tokaïev via \"M. Tokaïev\", cue \"a déclaré\""), text.out());
    }
}
