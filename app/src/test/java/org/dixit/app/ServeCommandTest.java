package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dixit.app.serve.DixitServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void noArchiveIsAClearError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("serve", "--data", dir.resolve("missing").toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no dixit archive here (run dixit index first)"), run.err());
        assertFalse(Files.exists(dir.resolve("missing")), "a read-only server creates nothing");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, CommandRun.of("serve", "--data", dir.toString(), "--port", "70000").exitCode());
        CommandRun blank = CommandRun.of("serve", "--data", dir.toString(), "--ingest-token", " ");
        assertEquals(2, blank.exitCode());
        assertTrue(blank.err().contains("--ingest-token"), blank.err());
    }

    @Test
    void withAnIngestTokenTheArchiveIsCreatedAndAnnounced(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("new-archive");
        try (DixitServer server = ServeCommand.start(data, "tok", "127.0.0.1", 0)) {
            assertTrue(server.archive().writable());
            StringWriter out = new StringWriter();
            ServeCommand.announce(new PrintWriter(out), server, true);
            assertTrue(out.toString().contains("(0 articles, 0 quotes, 0 speakers); ingest enabled"), out.toString());
            assertTrue(out.toString().contains("open http://127.0.0.1:" + server.port() + "/"), out.toString());
        }
        assertTrue(Files.isDirectory(data));
        // and it can now be served read-only
        try (DixitServer server = ServeCommand.start(data, null, "127.0.0.1", 0)) {
            assertFalse(server.archive().writable());
        }
    }
}
