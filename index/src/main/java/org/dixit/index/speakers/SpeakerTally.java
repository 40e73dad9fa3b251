package org.dixit.index.speakers;

import java.util.HashMap;
import java.util.Map;

/**
 * What the archive's quotes say about one speaker string: how often each form, role, gender and
 * month occurs. Mutable accumulator used while reading the index; not shared between threads.
 */
public final class SpeakerTally {
    final Map<String, Integer> variants = new HashMap<>();
    final Map<String, Integer> roles = new HashMap<>();
    final Map<String, Integer> months = new HashMap<>();
    int quotes;
    int male;
    int female;
    String firstDate;
    String lastDate;

    /** Counts {@code n} quotes with this form. */
    public SpeakerTally quotes(String variant, int n) {
        variants.merge(variant, n, Integer::sum);
        quotes += n;
        return this;
    }

    /** Counts {@code n} quotes giving this role. */
    public SpeakerTally role(String role, int n) {
        roles.merge(role, n, Integer::sum);
        return this;
    }

    /** Counts {@code n} quotes in this month. */
    public SpeakerTally month(String month, int n) {
        months.merge(month, n, Integer::sum);
        return this;
    }

    /** Counts {@code n} quotes with this gender ("m" or "f"; anything else is ignored). */
    public SpeakerTally gender(String g, int n) {
        if ("m".equals(g)) {
            male += n;
        } else if ("f".equals(g)) {
            female += n;
        }
        return this;
    }

    /** Widens the date range to include this ISO date. */
    public SpeakerTally date(String iso) {
        if (iso != null) {
            if (firstDate == null || iso.compareTo(firstDate) < 0) {
                firstDate = iso;
            }
            if (lastDate == null || iso.compareTo(lastDate) > 0) {
                lastDate = iso;
            }
        }
        return this;
    }

    /** Adds another tally into this one. */
    public SpeakerTally add(SpeakerTally o) {
        o.variants.forEach((k, v) -> variants.merge(k, v, Integer::sum));
        o.roles.forEach((k, v) -> roles.merge(k, v, Integer::sum));
        o.months.forEach((k, v) -> months.merge(k, v, Integer::sum));
        quotes += o.quotes;
        male += o.male;
        female += o.female;
        date(o.firstDate);
        date(o.lastDate);
        return this;
    }

    /** Number of quotes counted. */
    public int quoteCount() {
        return quotes;
    }

    /** "m" or "f" when the quotes agree by a clear majority, else null. */
    String gender() {
        if (male > 2 * female) {
            return "m";
        }
        if (female > 2 * male) {
            return "f";
        }
        return null;
    }
}
