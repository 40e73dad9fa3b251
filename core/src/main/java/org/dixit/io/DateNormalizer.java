package org.dixit.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dixit.model.ArticleDate;
import org.dixit.model.DateGranularity;

/**
 * Turns the date formats found in news feeds into ISO dates that keep their precision:
 * "2018-12-07", "2022-01", "Sat 9 Feb 2019", "Wed, Feb 20, 2019, 01:00", "Mon 25/3/2019",
 * "7 décembre 2018", "2018-12-07T10:00:00Z".
 */
public final class DateNormalizer {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}).*)?)?)?");
    private static final Pattern DMY_NUM = Pattern.compile("(?:[A-Za-zé]+\\.?,?\\s+)?(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[\\p{L}]+\\.?,?\\s+)?(\\d{1,2})(?:er)?\\s+([\\p{L}]+)\\.?,?\\s+(\\d{4})(?:,?\\s+(\\d{1,2})[:h](\\d{2}))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[\\p{L}]+\\.?,?\\s+)?([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("janvier", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("february", 2), Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("avril", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("juillet", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("août", 8), Map.entry("aout", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("octobre", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("novembre", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("déc", 12), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("december", 12));

    /** The normalised date, or null when the text is empty or not a date this class knows. */
    public ArticleDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        m = DMY_NUM.matcher(s);
        if (m.matches()) {
            return build(m.group(3), m.group(2), m.group(1), null, null);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches() && month(m.group(2)) > 0) {
            return build(m.group(3), String.valueOf(month(m.group(2))), m.group(1), m.group(4), m.group(5));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches() && month(m.group(1)) > 0) {
            return build(m.group(3), String.valueOf(month(m.group(1))), m.group(2), m.group(4), m.group(5));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches() && month(m.group(1)) > 0) {
            return build(m.group(2), String.valueOf(month(m.group(1))), null, null, null);
        }
        return null;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = MONTHS.get(n);
        if (v == null && n.length() > 3) {
            v = MONTHS.get(n.substring(0, 3));
        }
        return v == null ? -1 : v;
    }

    private static ArticleDate build(String y, String mo, String d, String h, String mi) {
        int year = Integer.parseInt(y);
        if (mo == null) {
            return new ArticleDate(String.format(Locale.ROOT, "%04d", year), DateGranularity.YEAR);
        }
        int month = Integer.parseInt(mo);
        if (month < 1 || month > 12) {
            return null;
        }
        if (d == null) {
            return new ArticleDate(String.format(Locale.ROOT, "%04d-%02d", year, month), DateGranularity.MONTH);
        }
        int day = Integer.parseInt(d);
        if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        if (h == null) {
            return new ArticleDate(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day), DateGranularity.DAY);
        }
        return new ArticleDate(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%s", year, month, day,
                Integer.parseInt(h), mi), DateGranularity.MINUTE);
    }
}
