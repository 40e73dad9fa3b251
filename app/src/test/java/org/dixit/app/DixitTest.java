package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DixitTest {

    private static Set<String> registered(String... args) {
        return Dixit.forArguments(args).getSubcommands().keySet();
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("extract"), registered("extract", "--threads", "1", "in.jsonl"));
        assertEquals(Set.of("search"), registered("search", "--data", "d", "inflation"));
        assertEquals(Set.of("bench-index"), registered("bench-index", "-h"));
    }

    @Test
    void withoutAKnownSubcommandAllAreBuilt() {
        int all = Dixit.SUBCOMMANDS.size();
        assertEquals(all, registered().size());
        assertEquals(all, registered("--help").size());
        assertEquals(all, registered("help", "extract").size());
        assertEquals(all, registered("extrakt", "in.jsonl").size());
        assertEquals(all, Dixit.commandLine().getSubcommands().size());
    }

    @Test
    void helpForOneSubcommandStillWorksWhenOnlyItIsBuilt() {
        StringWriter lazy = new StringWriter();
        CommandLine one = Dixit.forArguments("extract", "--help");
        one.setOut(new PrintWriter(lazy, true));
        assertEquals(0, one.execute("extract", "--help"));
        StringWriter full = new StringWriter();
        CommandLine all = Dixit.commandLine();
        all.setOut(new PrintWriter(full, true));
        assertEquals(0, all.execute("extract", "--help"));
        assertEquals(full.toString(), lazy.toString());
        assertTrue(lazy.toString().contains("Usage: dixit extract"), lazy.toString());
    }

    @Test
    void anUnknownSubcommandGetsTheSameSuggestionsAsWithAllBuilt() {
        StringWriter lazy = new StringWriter();
        CommandLine cl = Dixit.forArguments("extrakt");
        cl.setErr(new PrintWriter(lazy, true));
        assertEquals(2, cl.execute("extrakt"));
        StringWriter full = new StringWriter();
        CommandLine all = Dixit.commandLine();
        all.setErr(new PrintWriter(full, true));
        all.execute("extrakt");
        assertEquals(full.toString(), lazy.toString());
        assertTrue(lazy.toString().contains("Did you mean: dixit extract"), lazy.toString());
    }

    @Test
    void versionShowsTheEngineFingerprint() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("dixit 0\\.1\\.0\\Rengine 0\\.1\\.0\\+[0-9a-f]{16}\\R"), run.out());
        assertEquals("engine " + Version.engine(), run.out().lines().toList().get(1));
    }
}
