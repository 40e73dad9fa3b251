package org.dixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dixit.model.DateGranularity;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
    private final DateNormalizer dates = new DateNormalizer();

    private void check(String raw, String iso, DateGranularity g) {
        assertEquals(iso, dates.parse(raw).iso(), raw);
        assertEquals(g, dates.parse(raw).granularity(), raw);
    }

    @Test
    void newsFormats() {
        check("2018-12-07", "2018-12-07", DateGranularity.DAY);
        check("2022-01", "2022-01", DateGranularity.MONTH);
        check("2019", "2019", DateGranularity.YEAR);
        check("Sat 9 Feb 2019", "2019-02-09", DateGranularity.DAY);
        check("Wed, Feb 20, 2019, 01:00", "2019-02-20T01:00", DateGranularity.MINUTE);
        check("Mon 25/3/2019", "2019-03-25", DateGranularity.DAY);
        check("7 décembre 2018", "2018-12-07", DateGranularity.DAY);
        check("1er janvier 2017", "2017-01-01", DateGranularity.DAY);
        check("2018-12-07T10:00:00Z", "2018-12-07T10:00", DateGranularity.MINUTE);
        check("March 2019", "2019-03", DateGranularity.MONTH);
    }

    @Test
    void garbageAndImpossibleDatesAreNull() {
        assertNull(dates.parse(""));
        assertNull(dates.parse("hier soir"));
        assertNull(dates.parse("2019-02-30"));
        assertNull(dates.parse(null));
    }
}
