package org.dixit.app.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dixit.extract.QuoteExtractor;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.QuoteArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dixit HTTP server: the JSON API under {@code /api} and the web UI (its {@link Pages}, scripts
 * and style sheet from the classpath, Chart.js from its WebJar) in one process, over one archive.
 *
 * <p>API: {@code GET /api/search}, {@code /api/stats}, {@code /api/articles/{id}},
 * {@code /api/quotes/{id}}, {@code /api/clusters/{id}}, {@code /api/speakers},
 * {@code /api/speakers/{id}}; {@code POST /api/articles} when an ingest token was given. Errors
 * are JSON {@code {"error": "..."}} with a 4xx status; a server fault is a 500 with a one-line
 * message (the stack trace goes to the server's log, never to the client).
 *
 * <p>A read-only archive is refreshed every few seconds, so a {@code dixit index} run in another
 * process shows up without a restart.
 */
public final class DixitServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DixitServer.class);
    private static final long REFRESH_SECONDS = 2;
    /** Largest request body (ingest): about 16 average articles per MB. */
    static final long MAX_BODY_BYTES = 32L << 20;
    private static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final QuoteArchive archive;
    private final ScheduledExecutorService refresher;
    private final String host;

    private DixitServer(Javalin app, QuoteArchive archive, ScheduledExecutorService refresher, String host) {
        this.app = app;
        this.archive = archive;
        this.refresher = refresher;
        this.host = host;
    }

    /**
     * Starts serving an archive; the server then owns it and closes it on {@link #close}.
     *
     * @param archive     the archive (writable when {@code ingestToken} is given)
     * @param ingestToken the token {@code POST /api/articles} requires, or null for a read-only server
     * @param extractor   the extraction engine for ingested articles
     * @param host        address to listen on ("127.0.0.1": this machine only)
     * @param port        port, or 0 for any free one
     * @throws IOException when the address cannot be listened on (port in use, unknown host)
     */
    public static DixitServer start(QuoteArchive archive, String ingestToken, QuoteExtractor extractor, String host,
                                    int port) throws IOException {
        ReadApi read = new ReadApi(archive);
        IngestApi ingest = new IngestApi(ingestToken == null ? null : archive, ingestToken, extractor);
        Javalin app = Javalin.create(cfg -> configure(cfg, read, ingest));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        ScheduledExecutorService refresher = null;
        if (!archive.writable()) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dixit-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(() -> refresh(archive), REFRESH_SECONDS, REFRESH_SECONDS,
                    TimeUnit.SECONDS);
        }
        return new DixitServer(app, archive, refresher, host);
    }

    private static void configure(JavalinConfig cfg, ReadApi read, IngestApi ingest) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = MAX_BODY_BYTES;
        cfg.router.ignoreTrailingSlashes = true;
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/org/dixit/app/web";
            s.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
        Pages.load().register(cfg);
        cfg.routes.before(DixitServer::securityHeaders);
        cfg.routes.get("/api/search", read::search);
        cfg.routes.get("/api/stats", read::stats);
        // <id> (not {id}): article ids may contain slashes
        cfg.routes.get("/api/articles/<id>", read::article);
        cfg.routes.get("/api/quotes/<id>", read::quote);
        cfg.routes.get("/api/clusters/<id>", read::cluster);
        cfg.routes.get("/api/speakers", read::speakers);
        cfg.routes.get("/api/speakers/<id>", read::speaker);
        cfg.routes.post("/api/articles", ingest::ingest);
        cfg.routes.get("/api/info", ctx -> ctx.contentType("application/json")
                .result(Json.object().put("ingest", ingest.enabled()).toString()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && !isJson(ctx)) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        cfg.routes.error(405, ctx -> {
            if (ctx.path().startsWith("/api") && !isJson(ctx)) {
                error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /** Defence in depth: even if some text slipped into markup, inline scripts would not run. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json") && ctx.result() != null
                && ctx.result().startsWith("{\"error\"");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(Json.error(message == null || message.isBlank() ? "error " + status : message));
    }

    private static void refresh(QuoteArchive archive) {
        try {
            archive.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot refresh the archive view: {}", e.toString());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The address of the web UI. */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (h.contains(":")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The archive served. */
    public QuoteArchive archive() {
        return archive;
    }

    /** Stops serving and closes the archive. */
    @Override
    public void close() throws IOException {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        try {
            app.stop();
        } finally {
            archive.close();
        }
    }
}
