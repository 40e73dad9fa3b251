package org.dixit.app.serve;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML pages of the web UI. The head and the header with the navigation, the same on every
 * page, are written once in {@code pages/layout.html}; each page file ({@code pages/NAME.html})
 * holds only its {@code <title>} line and then its own content. Pages are put together once, when
 * the server starts, from these fixed files only: nothing from a request ever enters them.
 *
 * <p>The navigation link to the page being shown is marked {@code aria-current="page"}.
 */
final class Pages {
    private static final String DIR = "/org/dixit/app/pages/";
    private static final List<String> NAMES = List.of("index", "speakers", "speaker", "article", "quote");
    private static final String TITLE = "{{title}}";
    private static final String CONTENT = "{{content}}";

    /** A page ready to send, and its entity tag (so that browsers can revalidate their copy cheaply). */
    record Page(String html, String etag) {
    }

    private final Map<String, Page> byPath;

    private Pages(Map<String, Page> byPath) {
        this.byPath = byPath;
    }

    /** Reads the layout and the pages from the classpath and puts every page together. */
    static Pages load() {
        String layout = resource("layout.html");
        Map<String, Page> byPath = new LinkedHashMap<>();
        for (String name : NAMES) {
            String path = name.equals("index") ? "/" : "/" + name + ".html";
            Page page = page(render(layout, resource(name + ".html"), path));
            byPath.put(path, page);
            if (name.equals("index")) {
                byPath.put("/index.html", page);
            }
        }
        return new Pages(Map.copyOf(byPath));
    }

    /**
     * One page: the layout with the page's title line and content in, and {@code aria-current} on
     * the navigation link to {@code path}.
     *
     * @throws IllegalStateException when the page does not start with its {@code <title>} line
     */
    static String render(String layout, String page, String path) {
        int eol = page.indexOf('\n');
        String title = eol < 0 ? page : page.substring(0, eol);
        if (!title.startsWith("<title>") || !title.endsWith("</title>")) {
            throw new IllegalStateException("a page must start with its <title> line: " + path);
        }
        String content = page.substring(eol + 1).stripTrailing();
        String link = "<a href=\"" + path + "\">";
        return layout.replace(link, link.replace(">", " aria-current=\"page\">"))
                .replace(TITLE, title).replace(CONTENT, content);
    }

    /** Serves every page at its address ("/" and "/index.html" for the search page), to GET and HEAD. */
    void register(JavalinConfig cfg) {
        byPath.forEach((path, page) -> {
            cfg.routes.get(path, ctx -> send(ctx, page));
            cfg.routes.head(path, ctx -> send(ctx, page));
        });
    }

    /** The page served at an address, or null. */
    Page at(String path) {
        return byPath.get(path);
    }

    private static void send(Context ctx, Page page) {
        ctx.header("Cache-Control", "max-age=0");
        ctx.header("ETag", page.etag());
        if (page.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(page.html());
    }

    private static Page page(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return new Page(html, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }
}
