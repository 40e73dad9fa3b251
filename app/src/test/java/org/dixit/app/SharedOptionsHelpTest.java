package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options declared once in mixins still show, with their help text, in each command's help. */
class SharedOptionsHelpTest {

    /** The command's help with runs of white space (line wrapping, column padding) folded to one space. */
    private static String help(String command) {
        CommandRun run = CommandRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "search", "speakers", "serve", "demo"})
    void everyArchiveCommandListsData(String command) {
        String help = help(command);
        assertTrue(help.contains("--data=DIR Archive directory (default: dixit-data)."), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "demo"})
    void everyServingCommandListsHostAndPort(String command) {
        String help = help(command);
        assertTrue(help.contains("--port=N Port to listen on, 0 for any free one (default: 8080)."), help);
        assertTrue(help.contains("--host=ADDR Address to listen on (default: 127.0.0.1, this machine only; "
                + "0.0.0.0 for every interface)."), help);
    }
}
