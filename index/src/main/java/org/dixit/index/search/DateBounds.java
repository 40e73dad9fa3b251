package org.dixit.index.search;

import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.store.Fields;

/**
 * A date filter on ISO prefixes. Dates are indexed truncated to the year, the month (when known)
 * and the day (when known); the filter uses the field of its finest bound, so "2019-02" covers the
 * whole of February, and an article dated only "2019" is not claimed to fall in February 2019.
 * Undated articles never match a date filter.
 */
public final class DateBounds {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private DateBounds() {
    }

    /** The filter for these bounds (either may be null), or null when both are. */
    public static Query query(String from, String to) {
        String f = check("--from", from);
        String t = check("--to", to);
        if (f == null && t == null) {
            return null;
        }
        if (f != null && t != null && f.compareTo(t.length() < f.length() ? t + "\uffff" : t) > 0) {
            throw new InvalidQueryException("invalid date range: " + from + " is after " + to);
        }
        int precision = Math.max(f == null ? 0 : f.length(), t == null ? 0 : t.length());
        String field = precision <= 4 ? Fields.DATE_YEAR : precision <= 7 ? Fields.DATE_MONTH : Fields.DATE_DAY;
        // the field's values are exactly `precision` long: a coarser upper bound must cover its whole period
        String upper = t == null ? null : t.length() < precision ? t + "\uffff" : t;
        return TermRangeQuery.newStringRange(field, f, upper, true, true);
    }

    private static String check(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!ISO.matcher(v).matches()) {
            throw new InvalidQueryException("invalid date for " + name + ": \"" + value
                    + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return v;
    }
}
