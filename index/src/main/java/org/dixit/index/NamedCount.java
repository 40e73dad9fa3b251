package org.dixit.index;

import java.util.Objects;

/**
 * A name (alias, role, outlet…) and how many quotes carry it.
 *
 * @param name  the value as written
 * @param count number of quotes
 */
public record NamedCount(String name, int count) {
    public NamedCount {
        Objects.requireNonNull(name, "name");
    }
}
