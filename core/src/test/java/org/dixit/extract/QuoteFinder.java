package org.dixit.extract;

import java.util.List;
import org.dixit.model.Quote;

/** Test helper: the extracted quote a test is about, found by how its text starts. */
final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The first quote whose text starts with {@code start}; fails the test, listing all quotes, if none does. */
    static Quote find(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + start + "' in " + qs));
    }
}
