package org.dixit.index.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dixit.index.store.Fields;

/**
 * Finds the quotations reported more than once across the archive, from the index alone.
 * <p>
 * Every clusterable quote (direct or mixed, at least {@link QuoteNormalizer#MIN_WORDS} words) is
 * indexed with hashed 3-word shingles. Quotes that share a shingle are candidates; a candidate
 * joins the first quote of the shingle's posting list when {@link SameQuotation} accepts the pair.
 * Only shingles held by two quotes or more are visited, so the cost follows the number of repeated
 * passages, not the archive size; memory is one int per document plus the words of candidates.
 * <p>
 * Union-find can chain two different long quotes through a short one contained in both, so each
 * connected group is then split greedily around its longest quotes: a quote joins the first
 * representative it matches, else becomes one.
 */
public final class ClusterBuilder {
    /** Shingles shared by more quotes than this are set phrases, not a quotation being repeated. */
    private static final int MAX_POSTINGS = 2000;
    private static final int WORD_CACHE = 20_000;

    private ClusterBuilder() {
    }

    /**
     * One cluster: its id and its quote ids, first appearance first.
     *
     * @param id       cluster id (from the first appearance's quote id)
     * @param quoteIds member quote ids, in first-seen order
     */
    public record Spec(String id, List<String> quoteIds) {
        public Spec {
            quoteIds = List.copyOf(quoteIds);
        }
    }

    /** Every cluster of two quotes or more in the reader's live documents. */
    public static List<Spec> build(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.SHINGLE);
        if (terms == null) {
            return List.of();
        }
        Bits live = MultiBits.getLiveDocs(reader);
        Words words = new Words(reader.storedFields());
        int[] parent = new int[reader.maxDoc()];
        Arrays.setAll(parent, i -> i);
        Set<Long> rejected = new HashSet<>();
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        int[] group = new int[16];
        while (te.next() != null) {
            if (te.docFreq() < 2) {
                continue;
            }
            pe = te.postings(pe, PostingsEnum.NONE);
            int size = 0;
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && size < MAX_POSTINGS; d = pe.nextDoc()) {
                if (live == null || live.get(d)) {
                    if (size == group.length) {
                        group = Arrays.copyOf(group, size * 2);
                    }
                    group[size++] = d;
                }
            }
            for (int i = 1; i < size; i++) {
                int a = group[0];
                int b = group[i];
                if (find(parent, a) == find(parent, b)) {
                    continue;
                }
                long pair = ((long) a << 32) | b;
                if (rejected.contains(pair)) {
                    continue;
                }
                if (SameQuotation.test(words.of(a), words.of(b))) {
                    union(parent, a, b);
                } else {
                    rejected.add(pair);
                }
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int d = 0; d < parent.length; d++) {
            int root = find(parent, d);
            if (root != d) { // the root is the smallest member, so it is met (and listed) first
                components.computeIfAbsent(root, r -> new ArrayList<>(List.of(r))).add(d);
            }
        }
        List<Spec> out = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (List<Integer> component : components.values()) {
            if (component.size() < 2) {
                continue;
            }
            for (List<Integer> cluster : split(component, words)) {
                if (cluster.size() >= 2) {
                    out.add(spec(cluster, stored));
                }
            }
        }
        out.sort(Comparator.comparing(Spec::id));
        return out;
    }

    /** Greedy split of a connected group around its longest quotes. */
    private static List<List<Integer>> split(List<Integer> component, Words words) throws IOException {
        Map<Integer, List<String>> text = new HashMap<>();
        for (int d : component) {
            text.put(d, words.of(d));
        }
        List<Integer> byLength = new ArrayList<>(component);
        byLength.sort(Comparator.comparingInt((Integer d) -> -text.get(d).size()).thenComparingInt(d -> d));
        List<List<Integer>> clusters = new ArrayList<>();
        for (int d : byLength) {
            List<Integer> home = null;
            for (List<Integer> c : clusters) {
                if (SameQuotation.test(text.get(c.get(0)), text.get(d))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(d);
        }
        return clusters;
    }

    /** Members in first-seen order: dated before undated, earliest date, then article id and position. */
    private static Spec spec(List<Integer> docs, StoredFields stored) throws IOException {
        List<String[]> members = new ArrayList<>();
        for (int d : docs) {
            Document doc = stored.document(d, Set.of(Fields.QUOTE_ID, Fields.DATE, Fields.ARTICLE_ID, Fields.POS));
            String date = doc.get(Fields.DATE);
            String pos = String.format("%09d", doc.getField(Fields.POS).numericValue().intValue());
            members.add(new String[] {date == null ? "\uffff" : date, doc.get(Fields.ARTICLE_ID), pos,
                    doc.get(Fields.QUOTE_ID)});
        }
        members.sort(Comparator.<String[], String>comparing(m -> m[0]).thenComparing(m -> m[1]).thenComparing(m -> m[2]));
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m[3]));
        return new Spec(clusterId(ids.get(0)), ids);
    }

    /** A short stable id derived from the first appearance. */
    static String clusterId(String firstQuoteId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(firstQuoteId.getBytes(StandardCharsets.UTF_8));
            return "c" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Normalised words of quote documents, read from stored fields and cached (recently used). */
    private static final class Words {
        private final StoredFields stored;
        private final Map<Integer, List<String>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<String>> eldest) {
                return size() > WORD_CACHE;
            }
        };

        Words(StoredFields stored) {
            this.stored = stored;
        }

        List<String> of(int doc) throws IOException {
            List<String> w = cache.get(doc);
            if (w == null) {
                String s = stored.document(doc, Set.of(Fields.CLUSTER_WORDS)).get(Fields.CLUSTER_WORDS);
                w = s == null || s.isEmpty() ? List.of() : List.of(s.split(" "));
                cache.put(doc, w);
            }
            return w;
        }
    }
}
