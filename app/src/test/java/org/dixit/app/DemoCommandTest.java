package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dixit.app.serve.DixitServer;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static Path sample() throws Exception {
        return Path.of(DemoCommandTest.class.getResource("/sample").toURI());
    }

    @Test
    void printPrintsTheSeedQuotesAndASummaryOfTheSample() throws Exception {
        CommandRun run = CommandRun.of("demo", "--print", "--corpus", sample().toString());
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

    @Test
    void theDemoIndexesTheSampleAndServesItThenASecondRunSkipsWhatIsStored(@TempDir Path data) throws Exception {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--corpus", sample().toString(), "--data", data.toString(), "--port", "0");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (DixitServer server = demo.indexAndServe(new PrintWriter(out, true), new PrintWriter(err, true))) {
            assertTrue(out.toString().contains("41 articles indexed"), out.toString());
            assertTrue(err.toString().isEmpty(), err.toString());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> stats = client.send(HttpRequest.newBuilder(
                    URI.create(server.url() + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stats.statusCode());
            assertTrue(stats.body().contains("\"articles\":41"), stats.body());
            HttpResponse<String> seed = client.send(HttpRequest.newBuilder(
                    URI.create(server.url() + "api/search?q=avertissement")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(seed.body().contains("kazakhstan-2022-01"), seed.body());
            HttpResponse<String> ui = client.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("<title>dixit"), ui.body());
        }
        StringWriter again = new StringWriter();
        try (DixitServer server = demo.indexAndServe(new PrintWriter(again, true), new PrintWriter(err, true))) {
            assertTrue(again.toString().contains("0 articles indexed (0 quotes), 41 already stored"), again.toString());
            assertTrue(server.port() > 0);
        }
        demo.engine = "0.2.0+0123456789abcdef"; // an upgrade of dixit: the old quotes must not be shown
        StringWriter upgraded = new StringWriter();
        try (DixitServer server = demo.indexAndServe(new PrintWriter(upgraded, true), new PrintWriter(err, true))) {
            assertTrue(upgraded.toString().matches("(?s).*41 articles indexed \\(\\d+ quotes; 41 of them re-extracted: "
                    + "stored by another engine\\), 0 already stored.*"), upgraded.toString());
        }
    }

    @Test
    void aPortInUseIsAClearError(@TempDir Path data) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CommandRun run = CommandRun.of("demo", "--corpus", sample().toString(), "--data", data.toString(),
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("--port"), run.err());
        }
    }
}
