package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dixit.app.serve.DixitServer;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.ArchiveStats;
import org.dixit.index.QuoteArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit serve}: the HTTP JSON API and the web UI over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the archive built by 'dixit index': a web UI (search, speakers, articles with every "
                + "quote highlighted, repeated quotations) and its HTTP JSON API under /api.",
                "Read-only by default (and then a 'dixit index' run meanwhile shows up within seconds). With "
                        + "--ingest-token, POST /api/articles stores articles sent with 'Authorization: Bearer TOKEN'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally", "1:no archive, or the port cannot be listened on", "2:bad options"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListenOptions listen = new ListenOptions();

    @Mixin
    ArchiveOption data = new ArchiveOption();

    @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:DIXIT_INGEST_TOKEN}",
            description = "Accept POST /api/articles from requests carrying this token (default: the "
                    + "DIXIT_INGEST_TOKEN environment variable; none: read-only). Creates the archive if needed.")
    String ingestToken;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (listen.port() < 0 || listen.port() > 65535) {
            err.println("dixit: --port must be between 0 and 65535");
            return 2;
        }
        if (ingestToken != null && ingestToken.isBlank()) {
            err.println("dixit: --ingest-token must not be blank");
            return 2;
        }
        DixitServer server;
        try {
            server = start(data.dir(), ingestToken, listen.host(), listen.port());
        } catch (IOException e) {
            err.println("dixit: " + e.getMessage());
            return 1;
        }
        announce(spec.commandLine().getOut(), server, ingestToken != null);
        return serveUntilStopped(server, err);
    }

    /** Opens the archive (writable only when ingest is enabled) and starts serving it. */
    static DixitServer start(Path data, String ingestToken, String host, int port) throws IOException {
        QuoteArchive archive = ingestToken == null ? QuoteArchive.openReadOnly(data) : QuoteArchive.open(data);
        try {
            return DixitServer.start(archive, ingestToken, DixitExtractor.create(), host, port);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** Prints what is served and where. */
    static void announce(PrintWriter out, DixitServer server, boolean ingest) {
        try {
            ArchiveStats s = server.archive().stats();
            out.printf("dixit: serving %s (%d articles, %d quotes, %d speakers)%s%n", server.archive().path(),
                    s.articles(), s.quotes(), s.speakers(), ingest ? "; ingest enabled" : "");
        } catch (IOException e) {
            out.println("dixit: serving " + server.archive().path());
        }
        out.println("dixit: open " + server.url() + "  (API: " + server.url() + "api/search?q=...; Ctrl-C stops)");
        out.flush();
    }

    /** Blocks until the process is interrupted (Ctrl-C), then stops the server and closes the archive. */
    static int serveUntilStopped(DixitServer server, PrintWriter err) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("dixit: closing the archive: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "dixit-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
