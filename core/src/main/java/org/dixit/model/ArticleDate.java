package org.dixit.model;

import java.util.Objects;

/**
 * A normalised article date: ISO-8601 text at its own granularity
 * ({@code 2022}, {@code 2022-01}, {@code 2022-01-07}, {@code 2019-02-20T01:00}).
 *
 * @param iso         the ISO form, as precise as the source was
 * @param granularity how precise the source was
 */
public record ArticleDate(String iso, DateGranularity granularity) {
    public ArticleDate {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(granularity, "granularity");
    }

    /** The year-month prefix ({@code 2022-01}), or the year alone when only the year is known. */
    public String month() {
        return iso.length() >= 7 ? iso.substring(0, 7) : iso;
    }

    @Override
    public String toString() {
        return iso;
    }
}
