package org.dixit.index;

import java.util.Objects;

/**
 * One value of a facet and how many matching quotes have it.
 *
 * @param value what to pass back as a filter (speaker id, outlet, month, type label, language)
 * @param label what to show (the speaker's name; otherwise the value itself)
 * @param count matching quotes with this value
 */
public record FacetValue(String value, String label, long count) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
