package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.BadRequestResponse;
import java.util.Map;
import org.dixit.index.SearchRequest;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

    private static SearchRequest read(Map<String, String> params) {
        return SearchParams.read(params::get, 20, SearchRequest.Sort.RELEVANCE);
    }

    @Test
    void everyParameterReachesTheRequest() {
        SearchRequest r = read(Map.of("q", " casseurs ", "speaker", "Castaner", "from", "2019-01", "to", "2019-02",
                "source", "Le Monde", "type", "Direct", "lang", "fr", "limit", "50", "offset", "100", "sort", "newest"));
        assertEquals("casseurs", r.query());
        assertEquals("Castaner", r.speaker());
        assertEquals("2019-01", r.from());
        assertEquals("2019-02", r.to());
        assertEquals("Le Monde", r.source());
        assertEquals(QuoteType.DIRECT, r.type());
        assertEquals("fr", r.lang());
        assertEquals(50, r.limit());
        assertEquals(100, r.offset());
        assertEquals(SearchRequest.Sort.NEWEST, r.sort());
    }

    @Test
    void absentAndBlankMeanNoFilter() {
        SearchRequest r = read(Map.of("speaker", "  ", "type", ""));
        assertNull(r.query());
        assertNull(r.speaker());
        assertNull(r.type());
        assertEquals(20, r.limit());
        assertEquals(0, r.offset());
        assertEquals(SearchRequest.Sort.RELEVANCE, r.sort());
    }

    @Test
    void boundsAreEnforcedWithAMessageNamingTheParameter() {
        read(Map.of("limit", "100", "offset", "10000"));
        for (Map<String, String> bad : new Map[] {Map.of("limit", "101"), Map.of("limit", "0"),
            Map.of("offset", "10001"), Map.of("offset", "-1"), Map.of("limit", "1e3"), Map.of("facets", "x")}) {
            BadRequestResponse e = assertThrows(BadRequestResponse.class, () -> read(bad));
            assertTrue(e.getMessage().startsWith(bad.keySet().iterator().next()), e.getMessage());
        }
    }
}
