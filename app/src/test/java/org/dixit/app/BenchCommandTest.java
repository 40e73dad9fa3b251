package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryStageAndTheRatioOnOneInput() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("{\"id\":\"n" + i + "\",\"lang\":\"fr\",\"text\":\"«Nous irons jusqu'au bout», a déclaré Jean Dupont. "
                    + "Le ministre a estimé que la réforme était nécessaire.\"}");
        }
        Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("bench", "--threads", "1", "--warmup", "0", "--repeat", "1", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("input: 20 articles"), out);
        for (String stage : List.of("read (bytes, UTF-8, JSON)", "(a) read + tokenize", "read + tokenize + segment",
                "(b) read + extract + JSON out")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(stage) && l.contains("articles/CPU-s")), stage + " in\n" + out);
        }
        // a pass this short may take less than one CPU clock tick: then "n/a", never a division by zero
        assertTrue(out.matches("(?s).*\\(b\\)/\\(a\\) CPU time: (\\d+\\.\\d\\d|n/a) mean.*"), out);
        assertTrue(out.matches("(?s).*\\(b\\)/\\(a\\) wall time: \\d+\\.\\d\\d mean.*"), out);
        assertFalse(out.contains("Infinity") || out.contains("NaN"), out);
    }

    @Test
    void noArticleIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        CommandRun run = CommandRun.of("bench", empty.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no article to benchmark"), run.err());
    }
}
