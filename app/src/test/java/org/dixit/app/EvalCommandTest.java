package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

    private static String res(String name) throws Exception {
        return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI()).toString();
    }

    @Test
    void scoresAPredictionFile() throws Exception {
        CommandRun run = CommandRun.of("eval", res("gold.jsonl"), res("pred.jsonl"), "--errors");
        // gold: 3 quotes in 2 articles (one broken line reported); pred: 2 quotes, 1 right
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("gold.jsonl:2"), run.err());
        assertTrue(run.out().contains("all             3      2       1   0.500   0.333   0.400     1.000"), run.out());
        assertTrue(run.out().contains("MISS"), run.out());
        assertTrue(run.out().contains("FALSE"), run.out());
    }

    @Test
    void runsTheExtractorWhenNoPredictionIsGiven() throws Exception {
        CommandRun run = CommandRun.of("eval", res("gold.jsonl"), "--json");
        assertTrue(run.out().contains("\"overlap>0.3\""), run.out());
        // the direct and the selon quotes are found and attributed; "Il" has no antecedent in g2
        assertTrue(run.out().contains("\"all\":{\"gold\":3"), run.out());
        assertTrue(run.out().contains("\"direct\":{\"gold\":1,\"predicted\":1,\"matched\":1"), run.out());
        assertTrue(run.out().contains("\"selon\":{\"gold\":1,\"predicted\":1,\"matched\":1"), run.out());
    }
}
