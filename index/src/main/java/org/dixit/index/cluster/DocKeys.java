package org.dixit.index.cluster;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads a numeric doc-values field by global document id, in any order: each segment's iterator
 * only moves forward, so it is reopened when asked for an earlier document.
 */
final class DocKeys {
    private final List<LeafReaderContext> leaves;
    private final String field;
    private final NumericDocValues[] iterators;
    private final int[] last;

    DocKeys(IndexReader reader, String field) {
        this.leaves = reader.leaves();
        this.field = field;
        this.iterators = new NumericDocValues[leaves.size()];
        this.last = new int[leaves.size()];
    }

    /** The value of {@code doc}, or {@code missing} when it has none. */
    long get(int doc, long missing) throws IOException {
        int leaf = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext ctx = leaves.get(leaf);
        int local = doc - ctx.docBase;
        if (iterators[leaf] == null || local < last[leaf]) {
            iterators[leaf] = DocValues.getNumeric(ctx.reader(), field);
        }
        last[leaf] = local;
        NumericDocValues it = iterators[leaf];
        return it.advanceExact(local) ? it.longValue() : missing;
    }
}
