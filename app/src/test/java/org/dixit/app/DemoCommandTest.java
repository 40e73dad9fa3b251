package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void printsTheSeedQuotesAndASummaryOfTheSample() throws Exception {
        Path corpus = Path.of(DemoCommandTest.class.getResource("/sample").toURI());
        CommandRun run = CommandRun.of("demo", "--corpus", corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("«J'ai donné l'ordre aux forces de l'ordre"), run.out());
        assertTrue(run.out().contains("40 articles"), run.out());
        assertTrue(run.out().contains("most quoted speakers"), run.out());
    }

    @Test
    void missingSampleIsAClearError() {
        CommandRun run = CommandRun.of("demo", "--corpus", "/nonexistent");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bundled sample is not in"), run.err());
    }
}
