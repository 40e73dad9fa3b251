package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page is put together from the shared layout and its own file. */
class PagesTest {
    private static final Pages PAGES = Pages.load();

    private static int count(String html, String s) {
        return html.split(Pattern.quote(s), -1).length - 1;
    }

    @ParameterizedTest
    @CsvSource({"/, search quotes, Search", "/speakers.html, speakers, Speakers", "/speaker.html, speaker, ",
        "/article.html, article, ", "/quote.html, quotation, "})
    void aPageIsTheLayoutWithItsTitleContentAndCurrentLink(String path, String title, String current) {
        String html = PAGES.at(path).html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"), html);
        assertTrue(html.endsWith("</script>\n</body>\n</html>\n"), html);
        String head = html.substring(0, html.indexOf("</head>"));
        assertTrue(head.contains("\n  <title>dixit — " + title + "</title>\n"), head);
        assertTrue(head.contains("<link rel=\"stylesheet\" href=\"/css/dixit.css\">"), head);
        assertEquals(1, count(html, "<header class=\"top\">"), html);
        assertEquals(1, count(html, "<title>"), html);
        assertEquals(1, count(html, "<main "), html);
        assertFalse(html.contains("{{"), html);
        Matcher currentLink = Pattern.compile("<a href=\"[^\"]*\" aria-current=\"page\">([^<]*)</a>").matcher(html);
        if (current == null) {
            assertFalse(currentLink.find(), html);
        } else {
            assertTrue(currentLink.find(), html);
            assertEquals(current, currentLink.group(1));
            assertFalse(currentLink.find(), "one current link only: " + html);
        }
    }

    @Test
    void theSearchPageIsAlsoIndexHtmlAndTheLayoutIsNoPage() {
        assertSame(PAGES.at("/"), PAGES.at("/index.html"));
        assertNotNull(PAGES.at("/speakers.html").etag());
        assertEquals(null, PAGES.at("/layout.html"));
    }

    @Test
    void aPageWithoutItsTitleLineIsRefused() {
        String layout = "<head>{{title}}</head><body>{{content}}</body>";
        assertEquals("<head><title>t</title></head><body><main></main></body>",
                Pages.render(layout, "<title>t</title>\n<main></main>\n", "/x.html"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pages.render(layout, "<main></main>\n", "/x.html"));
        assertTrue(e.getMessage().contains("/x.html"), e.getMessage());
    }
}
