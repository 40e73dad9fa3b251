package org.dixit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.dixit.index.store.Fields;

/**
 * Reads an archive's last commit with plain Lucene, below the facade, to check what the facade
 * promises: each article stored once, with exactly the quotes it was stored with.
 */
record ArchiveCheck(int articles, int quotes, int duplicateIds, int inconsistentArticles, int orphanQuotes) {

    /** Counts of the last commit in {@code dir}. */
    static ArchiveCheck of(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            Map<String, Integer> declared = new HashMap<>();
            int duplicates = 0;
            ScoreDoc[] articleDocs = s.search(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)),
                    Math.max(1, r.maxDoc())).scoreDocs;
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : articleDocs) {
                var doc = stored.document(sd.doc, Set.of(Fields.ARTICLE_ID, Fields.QUOTE_COUNT));
                int n = doc.getField(Fields.QUOTE_COUNT).numericValue().intValue();
                if (declared.put(doc.get(Fields.ARTICLE_ID), n) != null) {
                    duplicates++;
                }
            }
            Map<String, Integer> found = new HashMap<>();
            int quotes = 0;
            for (LeafReaderContext leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    var doc = fields.document(i, Set.of(Fields.QUOTE_ID, Fields.ARTICLE_ID));
                    if (doc.get(Fields.QUOTE_ID) != null) {
                        quotes++;
                        found.merge(doc.get(Fields.ARTICLE_ID), 1, Integer::sum);
                    }
                }
            }
            int inconsistent = 0;
            for (Map.Entry<String, Integer> e : declared.entrySet()) {
                if (!e.getValue().equals(found.getOrDefault(e.getKey(), 0))) {
                    inconsistent++;
                }
            }
            int orphans = 0;
            for (String id : found.keySet()) {
                if (!declared.containsKey(id)) {
                    orphans++;
                }
            }
            return new ArchiveCheck(articleDocs.length, quotes, duplicates, inconsistent, orphans);
        }
    }

    /** Every article once, each with exactly its quotes, no quote without its article. */
    boolean consistent() {
        return duplicateIds == 0 && inconsistentArticles == 0 && orphanQuotes == 0;
    }
}
