package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dixit.model.Article;
import org.junit.jupiter.api.Test;

class ArticleBatchTest {

    private static ArticleBatch parse(String body) {
        return ArticleBatch.parse(body.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static List<String> ids(ArticleBatch b) {
        return b.articles().stream().map(Article::id).toList();
    }

    @Test
    void oneObjectEvenPrettyPrinted() {
        ArticleBatch b = parse("{\n  \"id\": \"a\",\n  \"date\": \"Sat 9 Feb 2019\",\n  \"text\": \"Bonjour\\nà tous\"\n}\n");
        assertEquals(List.of("a"), ids(b));
        assertEquals("2019-02-09", b.articles().get(0).date().iso(), "dates are normalised as for files");
        assertEquals("Bonjour\nà tous", b.articles().get(0).text());
        assertTrue(b.rejections().isEmpty());
    }

    @Test
    void anArrayNumbersItsElements() {
        ArticleBatch b = parse("[{\"id\":\"a\",\"text\":\"x\"}, 7, {\"id\":\"c\"}, {\"text\":\"sans id\"}]");
        assertEquals(2, b.articles().size());
        assertEquals("a", b.articles().get(0).id());
        assertTrue(b.articles().get(1).id().startsWith("sha1-"), "a missing id is a hash of the text");
        assertEquals(2, b.rejections().size());
        assertEquals(2, b.rejections().get(0).line());
        assertEquals("not a JSON object", b.rejections().get(0).reason());
        assertEquals(3, b.rejections().get(1).line());
        assertEquals("c", b.rejections().get(1).id());
    }

    @Test
    void jsonLinesAreReadOneByOneAndNumberedByLine() {
        ArticleBatch b = parse("{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\",\"text\": oops}\nplain words\n"
                + "{\"id\":\"d\",\"text\":\"" + "y".repeat(1001) + "\"}\n{\"id\":\"e\",\"text\":\"z\"}");
        assertEquals(List.of("a", "e"), ids(b));
        assertEquals(List.of(3L, 4L, 5L), b.rejections().stream().map(r -> r.line()).toList());
        assertTrue(b.rejections().get(0).reason().startsWith("broken JSON"));
        assertEquals("not a JSON object", b.rejections().get(1).reason());
        assertTrue(b.rejections().get(2).reason().contains("longer than 1000"));
    }

    @Test
    void anEmptyOrUnreadableBodyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> parse(" \n "));
        assertThrows(IllegalArgumentException.class, () -> parse("[]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("[{\"text\":\"a\"},"));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void aBareStringIsNotTakenForPlainText() {
        ArticleBatch b = parse("\"juste une phrase\"");
        assertTrue(b.articles().isEmpty());
        assertEquals("not a JSON object", b.rejections().get(0).reason());
    }
}
