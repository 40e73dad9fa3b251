package org.dixit.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.search.TermRangeQuery;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.store.Fields;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

    @Test
    void usesTheFieldOfTheFinestBound() {
        TermRangeQuery q = (TermRangeQuery) DateBounds.query("2019-01", "2019-02");
        assertEquals(Fields.DATE_MONTH, q.getField());
        assertEquals("2019-01", q.getLowerTerm().utf8ToString());
        assertEquals("2019-02", q.getUpperTerm().utf8ToString());
        TermRangeQuery mixed = (TermRangeQuery) DateBounds.query("2019-01-15", "2019");
        assertEquals(Fields.DATE_DAY, mixed.getField());
        assertEquals("2019\uffff", mixed.getUpperTerm().utf8ToString(), "a coarse upper bound covers its year");
        assertEquals(Fields.DATE_YEAR, ((TermRangeQuery) DateBounds.query("2018", null)).getField());
        assertNull(DateBounds.query(null, " "));
    }

    @Test
    void rejectsMalformedAndReversedDates() {
        assertEquals("invalid date for --from: \"2019-13\" (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                assertThrows(InvalidQueryException.class, () -> DateBounds.query("2019-13", null)).getMessage());
        assertThrows(InvalidQueryException.class, () -> DateBounds.query(null, "janvier"));
        assertThrows(InvalidQueryException.class, () -> DateBounds.query("2019-03", "2019-02"));
    }
}
