package org.dixit.index.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.dixit.index.store.Fields;

/** Cluster documents: the cluster id and its quote ids in first-seen order. */
public final class ClusterIndex {

    private ClusterIndex() {
    }

    /** The document of a cluster. */
    public static Document document(ClusterBuilder.Spec spec) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.CLUSTER, Store.NO));
        d.add(new StringField(Fields.ENTITY_ID, spec.id(), Store.YES));
        d.add(new StoredField(Fields.SIZE, spec.quoteIds().size()));
        for (String q : spec.quoteIds()) {
            d.add(new StringField(Fields.MEMBER_QUOTE, q, Store.YES)); // stored values keep their order
        }
        return d;
    }

    /** The quote ids of a cluster document, first appearance first. */
    public static List<String> members(Document d) {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.MEMBER_QUOTE)) {
            out.add(f.stringValue());
        }
        return out;
    }
}
