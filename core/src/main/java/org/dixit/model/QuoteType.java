package org.dixit.model;

import java.util.Locale;

/** The four kinds of reported speech dixit extracts (see eval/GUIDELINES.md). */
public enum QuoteType {
    /** Content entirely inside quotation marks, attributed. */
    DIRECT,
    /** A reported clause that contains quoted fragments. */
    MIXED,
    /** Reported speech without quotation marks after a speech verb. */
    INDIRECT,
    /** "selon X, ..." / "according to X, ...". */
    SELON;

    /** The lower-case name used in JSON, CSV and the index. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code "direct"}; case-insensitive. */
    public static QuoteType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
