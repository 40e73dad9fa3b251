package org.dixit.index.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dixit.index.store.Fields;

/**
 * Finds the quotations reported more than once across the archive, from the index alone.
 * <p>
 * Every clusterable quote (direct or mixed, at least {@link QuoteNormalizer#MIN_WORDS} words) is
 * indexed with hashed 3-word shingles. Only shingles held by two quotes or more are visited, so
 * the cost follows the number of repeated passages, not the archive size:
 * <ol>
 * <li>each such shingle pairs the first quote of its posting list with every other one;</li>
 * <li>the words of the quotes in some pair are read from doc values, in document order;</li>
 * <li>pairs that {@link SameQuotation} accepts are joined (union-find);</li>
 * <li>union-find can chain two different long quotes through a short one contained in both, so
 *     each connected group is split greedily around its longest quotes: a quote joins the first
 *     representative it matches, else becomes one.</li>
 * </ol>
 * Memory: the candidate pairs (8 bytes each) and the words of candidate quotes.
 */
public final class ClusterBuilder {
    /** Shingles shared by more quotes than this are set phrases, not a quotation being repeated. */
    private static final int MAX_POSTINGS = 2000;

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

    /** A candidate quote: id, date (or null) and normalised words. */
    private record Candidate(String quoteId, String date, List<String> words) {
    }

    /** Every cluster of two quotes or more in the reader's live documents. */
    public static List<Spec> build(IndexReader reader) throws IOException {
        long[] pairs = candidatePairs(reader);
        if (pairs.length == 0) {
            return List.of();
        }
        int[] docs = docsOf(pairs);
        Candidate[] candidates = load(reader, docs);
        int[] parent = new int[docs.length];
        Arrays.setAll(parent, i -> i);
        for (long pair : pairs) {
            int a = Arrays.binarySearch(docs, (int) (pair >>> 32));
            int b = Arrays.binarySearch(docs, (int) pair);
            if (candidates[a] == null || candidates[b] == null || find(parent, a) == find(parent, b)) {
                continue;
            }
            if (SameQuotation.test(candidates[a].words(), candidates[b].words())) {
                union(parent, a, b);
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (root != i) { // the root is the smallest member, so it is met (and listed) first
                components.computeIfAbsent(root, r -> new ArrayList<>(List.of(r))).add(i);
            }
        }
        List<Spec> out = new ArrayList<>();
        for (List<Integer> component : components.values()) {
            for (List<Integer> cluster : split(component, candidates)) {
                if (cluster.size() >= 2) {
                    out.add(spec(cluster, candidates));
                }
            }
        }
        out.sort(Comparator.comparing(Spec::id));
        return out;
    }

    /** Sorted, distinct pairs (first doc of a shingle's postings, another doc), packed in longs. */
    private static long[] candidatePairs(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.SHINGLE);
        if (terms == null) {
            return new long[0];
        }
        Bits live = MultiBits.getLiveDocs(reader);
        long[] pairs = new long[1024];
        int n = 0;
        int[] group = new int[16];
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
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
                if (n == pairs.length) {
                    n = dedupe(pairs, n); // keep memory to the distinct pairs
                    if (n > pairs.length / 2) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                }
                pairs[n++] = ((long) group[0] << 32) | group[i];
            }
        }
        n = dedupe(pairs, n);
        return Arrays.copyOf(pairs, n);
    }

    private static int dedupe(long[] a, int n) {
        Arrays.sort(a, 0, n);
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (w == 0 || a[i] != a[w - 1]) {
                a[w++] = a[i];
            }
        }
        return w;
    }

    private static int[] docsOf(long[] pairs) {
        int[] docs = new int[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            docs[2 * i] = (int) (pairs[i] >>> 32);
            docs[2 * i + 1] = (int) pairs[i];
        }
        Arrays.sort(docs);
        int w = 0;
        for (int i = 0; i < docs.length; i++) {
            if (w == 0 || docs[i] != docs[w - 1]) {
                docs[w++] = docs[i];
            }
        }
        return Arrays.copyOf(docs, w);
    }

    /** Reads id, date and words of the given (sorted) documents, one forward pass per segment. */
    private static Candidate[] load(IndexReader reader, int[] docs) throws IOException {
        Candidate[] out = new Candidate[docs.length];
        int i = 0;
        for (LeafReaderContext ctx : reader.leaves()) {
            int end = ctx.docBase + ctx.reader().maxDoc();
            if (i >= docs.length || docs[i] >= end) {
                continue;
            }
            BinaryDocValues words = DocValues.getBinary(ctx.reader(), Fields.CLUSTER_DV);
            SortedDocValues dates = DocValues.getSorted(ctx.reader(), Fields.DATE_DV);
            for (; i < docs.length && docs[i] < end; i++) {
                int local = docs[i] - ctx.docBase;
                if (!words.advanceExact(local)) {
                    continue;
                }
                String v = words.binaryValue().utf8ToString();
                int nl = v.indexOf('\n');
                String date = dates.advanceExact(local) ? dates.lookupOrd(dates.ordValue()).utf8ToString() : null;
                String text = v.substring(nl + 1);
                out[i] = new Candidate(v.substring(0, nl), date, text.isEmpty() ? List.of() : List.of(text.split(" ")));
            }
        }
        return out;
    }

    /** Greedy split of a connected group around its longest quotes. */
    private static List<List<Integer>> split(List<Integer> component, Candidate[] candidates) {
        List<Integer> byLength = new ArrayList<>(component);
        byLength.sort(Comparator.comparingInt((Integer d) -> -candidates[d].words().size()).thenComparingInt(d -> d));
        List<List<Integer>> clusters = new ArrayList<>();
        for (int d : byLength) {
            List<Integer> home = null;
            for (List<Integer> c : clusters) {
                if (SameQuotation.test(candidates[c.get(0)].words(), candidates[d].words())) {
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
    private static Spec spec(List<Integer> members, Candidate[] candidates) {
        List<Candidate> list = new ArrayList<>();
        members.forEach(m -> list.add(candidates[m]));
        list.sort(Comparator.comparing((Candidate c) -> c.date() == null ? "\uffff" : c.date())
                .thenComparing(c -> articleId(c.quoteId())).thenComparingInt(c -> position(c.quoteId())));
        List<String> ids = list.stream().map(Candidate::quoteId).toList();
        return new Spec(clusterId(ids.get(0)), ids);
    }

    private static String articleId(String quoteId) {
        return quoteId.substring(0, quoteId.lastIndexOf('#'));
    }

    private static int position(String quoteId) {
        return Integer.parseInt(quoteId.substring(quoteId.lastIndexOf('#') + 1));
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
}
