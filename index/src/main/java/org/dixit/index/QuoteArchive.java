package org.dixit.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.dixit.index.analysis.LanguageAnalyzers;
import org.dixit.index.cluster.ClusterBuilder;
import org.dixit.index.cluster.ClusterIndex;
import org.dixit.index.cluster.WordDiffer;
import org.dixit.index.search.QueryFactory;
import org.dixit.index.speakers.AliasTable;
import org.dixit.index.speakers.SpeakerDirectory;
import org.dixit.index.speakers.SpeakerIndex;
import org.dixit.index.speakers.SpeakerName;
import org.dixit.index.speakers.SpeakerResolver;
import org.dixit.index.speakers.SpeakerTally;
import org.dixit.index.store.DocumentMapper;
import org.dixit.index.store.Fields;
import org.dixit.index.store.Fingerprint;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;

/**
 * The quote archive: articles, their quotes, speaker entities and quote clusters in one embedded
 * Lucene index on disk. This is the whole API of the index module; the CLI and the HTTP server
 * use nothing else.
 *
 * <h2>Writing</h2>
 * {@link #open} gives a writable archive (one writer per directory; a second one fails with a
 * clear message). {@link #add} stores or replaces an article with its quotes, atomically: the
 * article and all its quotes are visible together or not at all. {@link #commit} makes everything
 * added so far durable: a crash or {@code kill -9} at any moment leaves the archive as of the last
 * commit, and it opens normally. Speaker entities and quote clusters are derived data,
 * recomputed from the stored quotes by {@link #rebuildDerived} (which also commits); until then
 * they describe the archive as of the previous rebuild, which {@link ArchiveStats#derivedStale}
 * and {@link SearchResult#derivedStale} report. {@link #add(ArticleQuotes, Provenance)} also records
 * which engine extracted the quotes, so an ingest can tell ({@link #stored}) an article extracted by
 * an older engine and extract it again. {@link #add} may be called from several threads
 * at once (two concurrent adds of the same id leave one of them, whole); call the other write
 * methods from one thread.
 *
 * <h2>Reading</h2>
 * {@link #openReadOnly} (or a writable archive) answers {@link #search}, {@link #article},
 * {@link #speaker}, {@link #cluster} and {@link #stats} from any number of threads. A read-only
 * archive sees the last commit made when it was opened or last {@link #refresh refreshed}; a
 * writable one sees its own additions after each commit.
 */
public final class QuoteArchive implements Closeable {
    /**
     * Version of the document layout; an archive written with another layout must be rebuilt.
     * 2: quotes carry their speaker's words (query words match speakers too) and a hash key
     * that makes quote clusters independent of document order.
     */
    public static final String SCHEMA = "2";
    /** Name of the alias file kept in the archive directory. */
    public static final String ALIAS_FILE = "aliases.tsv";
    private static final String KEY_SCHEMA = "dixit.schema";
    private static final String KEY_DERIVED = "dixit.derived";
    private static final String[] FACET_DIMS = {Fields.FACET_SPEAKER, Fields.FACET_SOURCE, Fields.FACET_MONTH,
        Fields.FACET_TYPE, Fields.FACET_LANG};

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facets);
    private final QueryFactory queries;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private volatile boolean stale;
    private volatile boolean uncommitted;

    /** Derived, read-only state of one index snapshot, built on first use. */
    private record Snapshot(IndexReader reader, SpeakerDirectory speakers, SortedSetDocValuesReaderState facetState,
                            boolean stale) {
    }

    private QuoteArchive(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                         Analyzer analyzer, boolean stale) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.queries = new QueryFactory(analyzer);
        this.stale = stale;
    }

    /**
     * Opens (creating it if needed) a writable archive in a directory.
     *
     * @throws IOException with a one-line message when the directory is in use by another writer,
     *                     is not a dixit archive, or was written with another layout
     */
    public static QuoteArchive open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = LanguageAnalyzers.perField();
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, cfg);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the archive " + dir + " is in use by another dixit process");
        }
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            Map<String, String> data = new HashMap<>();
            if (writer.getLiveCommitData() != null) {
                writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            if (exists) {
                checkSchema(dir, data, writer.getDocStats().maxDoc > 0);
            }
            QuoteArchive archive = new QuoteArchive(dir, directory, writer, new SearcherManager(writer, null), analyzer,
                    "stale".equals(data.get(KEY_DERIVED)));
            if (!exists) {
                archive.commit(); // an empty archive readers can open
            }
            return archive;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing archive for reading only (any number of readers, also while a writer works).
     *
     * @throws NoSuchFileException when the directory holds no archive
     */
    public static QuoteArchive openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir + ": no dixit archive here (run dixit index first)");
        }
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new NoSuchFileException(dir + ": no dixit archive here (run dixit index first)");
        }
        try {
            SearcherManager searchers = new SearcherManager(directory, null);
            IndexSearcher s = searchers.acquire();
            Map<String, String> data;
            try {
                data = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
            } finally {
                searchers.release(s);
            }
            checkSchema(dir, data, true);
            return new QuoteArchive(dir, directory, null, searchers, LanguageAnalyzers.perField(),
                    "stale".equals(data.get(KEY_DERIVED)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void checkSchema(Path dir, Map<String, String> data, boolean hasDocs) throws IOException {
        String schema = data.get(KEY_SCHEMA);
        if (schema == null && hasDocs) {
            throw new IOException(dir + " holds a Lucene index that is not a dixit archive");
        }
        if (schema != null && !schema.equals(SCHEMA)) {
            throw new IOException(dir + " was written with archive layout " + schema + " (this dixit reads layout "
                    + SCHEMA + "): index again into a new --data directory");
        }
    }

    /** The archive directory. */
    public Path path() {
        return path;
    }

    /** Whether this archive was opened for writing. */
    public boolean writable() {
        return writer != null;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Stores an article and its quotes, replacing any article with the same id (and all of its
     * quotes), without recording where the quotes came from (as archives did before they recorded
     * it: an ingest treats them as extracted by an unknown engine). Prefer {@link #add(ArticleQuotes, Provenance)}.
     *
     * @throws IllegalArgumentException when the article cannot be indexed (e.g. an id or speaker
     *                                  longer than Lucene's 32 KB term limit); nothing is stored
     */
    public void add(ArticleQuotes aq) throws IOException {
        add(aq, null);
    }

    /**
     * Stores an article and its quotes, replacing any article with the same id (and all of its
     * quotes), and records which engine extracted the quotes. Visible to searches after the next
     * {@link #commit}. Thread-safe.
     *
     * @param provenance where the quotes come from; null: not recorded
     * @throws IllegalArgumentException when the article cannot be indexed (e.g. an id or speaker
     *                                  longer than Lucene's 32 KB term limit); nothing is stored
     */
    public void add(ArticleQuotes aq, Provenance provenance) throws IOException {
        requireWriter();
        Article a = aq.article();
        writer.updateDocuments(new Term(Fields.ARTICLE_ID, a.id()),
                mapper.documents(aq, Fingerprint.of(a), Fingerprint.of(aq), provenance));
        stale = true;
        uncommitted = true;
    }

    /** Removes an article and its quotes; true when it was stored (as of the last commit). */
    public boolean delete(String articleId) throws IOException {
        requireWriter();
        boolean had = articleDoc(articleId) != null;
        writer.deleteDocuments(new Term(Fields.ARTICLE_ID, articleId));
        stale = true;
        uncommitted = true;
        return had;
    }

    /**
     * Whether this exact article (same id, metadata and text) is already stored, as of the last
     * commit; a re-run uses it to skip extraction of what it already holds. Whichever engine
     * extracted its quotes: {@link #stored} tells that too.
     */
    public boolean holds(Article a) throws IOException {
        Document d = articleDoc(a.id());
        return d != null && Fingerprint.of(a).equals(d.get(Fields.ARTICLE_FP));
    }

    /** Whether this exact article with exactly these quotes is already stored, as of the last commit. */
    public boolean holds(ArticleQuotes aq) throws IOException {
        Document d = articleDoc(aq.article().id());
        return d != null && Fingerprint.of(aq).equals(d.get(Fields.CONTENT_FP));
    }

    /**
     * What the archive holds for an article id (fingerprints and where its quotes came from), as of
     * the last commit; empty when the id is not stored. Thread-safe.
     */
    public Optional<StoredArticle> stored(String articleId) throws IOException {
        Document d = articleDoc(articleId);
        return d == null ? Optional.empty() : Optional.of(new StoredArticle(d.get(Fields.ARTICLE_FP),
                d.get(Fields.CONTENT_FP), DocumentMapper.provenance(d)));
    }

    /**
     * Hands every stored article whose quotes were not extracted here by {@code engine} (extracted by
     * another engine, loaded with the article, or stored before engines were recorded) to
     * {@code sink}, as of the last commit, in index order: what {@code dixit index --reextract}
     * extracts again. Adding while this runs is safe; additions are not visited.
     *
     * @return how many articles were handed on
     */
    public long forEachArticleNotExtractedBy(String engine, Consumer<Article> sink) throws IOException {
        return forEachArticle(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                .add(extractedHereBy(engine), Occur.MUST_NOT).build(), sink);
    }

    /**
     * Hands every stored article to {@code sink}, as of the last commit, in index order. Adding while
     * this runs is safe; additions are not visited.
     *
     * @return how many articles were handed on
     */
    public long forEachArticle(Consumer<Article> sink) throws IOException {
        return forEachArticle(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), sink);
    }

    private long forEachArticle(Query q, Consumer<Article> sink) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<Integer> docs = new ArrayList<>();
            s.search(q, new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    docs.add(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            StoredFields stored = s.storedFields();
            for (int doc : docs) {
                sink.accept(DocumentMapper.article(stored.document(doc)));
            }
            return docs.size();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Stored articles whose quotes this dixit extracted with another engine than {@code engine}, or
     * before engines were recorded: quotes a run of the current engine could change. Quotes loaded
     * with their articles are not counted.
     */
    public long countExtractedByOtherEngines(String engine) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.QUOTES_ORIGIN, Fields.LOADED)), Occur.MUST_NOT)
                    .add(extractedHereBy(engine), Occur.MUST_NOT).build());
        } finally {
            searchers.release(s);
        }
    }

    private static Query extractedHereBy(String engine) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.QUOTES_ORIGIN, Fields.EXTRACTED_HERE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ENGINE, engine)), Occur.FILTER).build();
    }

    /** Makes every addition durable and visible to searches. */
    public void commit() throws IOException {
        requireWriter();
        Map<String, String> data = new LinkedHashMap<>();
        data.put(KEY_SCHEMA, SCHEMA);
        data.put(KEY_DERIVED, stale ? "stale" : "fresh");
        writer.setLiveCommitData(data.entrySet());
        // cleared before committing: an add() that lands after the commit point sets it again
        uncommitted = false;
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Installs a speaker alias file (see {@link AliasTable} for the format) for this and later
     * rebuilds; it is checked first, then kept in the archive directory as {@value #ALIAS_FILE}.
     * Null removes it. Takes effect at the next {@link #rebuildDerived}.
     *
     * @throws AliasTable.AliasFileException when a line is malformed ("FILE:LINE: reason")
     */
    public void useAliases(Path file) throws IOException {
        requireWriter();
        Path target = path.resolve(ALIAS_FILE);
        if (file == null) {
            Files.deleteIfExists(target);
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            AliasTable.parse(file.toString(), text);
            Path tmp = path.resolve(ALIAS_FILE + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        stale = true;
    }

    /** The alias table in effect (empty when none was installed). */
    public AliasTable aliases() throws IOException {
        Path file = path.resolve(ALIAS_FILE);
        return Files.exists(file) ? AliasTable.read(file) : AliasTable.empty();
    }

    /**
     * Recomputes speaker entities and quote clusters from every stored quote, replaces the old ones
     * and commits (so the additions are committed too). Costs one pass over the quotes' doc values
     * plus the repeated passages; run it once at the end of an ingest.
     */
    public RebuildSummary rebuildDerived() throws IOException {
        requireWriter();
        long t0 = System.nanoTime();
        AliasTable aliases = aliases();
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        List<SpeakerResolver.Resolved> speakers;
        List<ClusterBuilder.Spec> clusters;
        int strings;
        try {
            Map<String, SpeakerTally> tallies = SpeakerIndex.tally(s.getIndexReader());
            strings = tallies.size();
            speakers = SpeakerResolver.resolve(tallies, aliases);
            clusters = ClusterBuilder.build(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
        writer.deleteDocuments(new Term(Fields.KIND, Fields.SPEAKER), new Term(Fields.KIND, Fields.CLUSTER));
        List<Document> docs = new ArrayList<>();
        speakers.forEach(r -> docs.add(SpeakerIndex.document(r)));
        int clustered = 0;
        for (ClusterBuilder.Spec c : clusters) {
            docs.add(ClusterIndex.document(c));
            clustered += c.quoteIds().size();
        }
        writer.addDocuments(docs);
        stale = false;
        commit();
        return new RebuildSummary(speakers.size(), strings, clusters.size(), clustered,
                (System.nanoTime() - t0) / 1_000_000);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Sees the latest commit (for a read-only archive: one made by another process since opening).
     *
     * @return true when the view changed
     */
    public boolean refresh() throws IOException {
        IndexSearcher before = searchers.acquire();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher after = searchers.acquire();
            try {
                if (after.getIndexReader() != before.getIndexReader() && writer == null) {
                    Map<String, String> data = ((DirectoryReader) after.getIndexReader()).getIndexCommit().getUserData();
                    stale = "stale".equals(data.get(KEY_DERIVED));
                }
                return after.getIndexReader() != before.getIndexReader();
            } finally {
                searchers.release(after);
            }
        } finally {
            searchers.release(before);
        }
    }

    /**
     * Searches the quotes.
     *
     * @throws InvalidQueryException when the query or a filter is malformed (one-line message)
     */
    public SearchResult search(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        IndexSearcher s = searchers.acquire();
        try {
            Snapshot snap = snapshot(s);
            List<String> entityIds = List.of();
            Collection<String> keys = null;
            if (r.speaker() != null && !r.speaker().isBlank()) {
                entityIds = snap.speakers().find(r.speaker(), s, 100);
                keys = snap.speakers().keysFor(entityIds, r.speaker());
            }
            Query q = queries.build(r, keys);
            int n = r.offset() + r.limit();
            Sort sort = sort(r);
            FacetsCollectorManager.FacetsResult fr = sort == null
                    ? FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, q, n, sort, false, new FacetsCollectorManager());
            TopDocs top = fr.topDocs();
            FacetsCollector fc = fr.facetsCollector();
            long total = 0;
            for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
                total += m.totalHits;
            }
            List<QuoteHit> hits = hits(s, snap, top.scoreDocs, r.offset(), sort == null);
            Map<String, List<FacetValue>> facetValues = facets(snap, fc, r.facetLimit());
            return new SearchResult(total, hits, facetValues, entityIds, snap.stale(),
                    (System.nanoTime() - t0) / 1000);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query too broad (a prefix or wildcard matches too many words): "
                    + r.query());
        } finally {
            searchers.release(s);
        }
    }

    private static Sort sort(SearchRequest r) {
        SearchRequest.Sort order = r.sort();
        if (order == SearchRequest.Sort.RELEVANCE) {
            if (QueryFactory.hasWords(r)) {
                return null;
            }
            order = SearchRequest.Sort.NEWEST;
        }
        boolean newest = order == SearchRequest.Sort.NEWEST;
        SortField byDate = new SortField(Fields.DATE_DV, SortField.Type.STRING, newest);
        // undated quotes last in both orders (missing-value placement is applied before reversal)
        byDate.setMissingValue(newest ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return new Sort(byDate, new SortField(Fields.POS, SortField.Type.INT));
    }

    private List<QuoteHit> hits(IndexSearcher s, Snapshot snap, ScoreDoc[] docs, int offset, boolean scored)
            throws IOException {
        StoredFields stored = s.storedFields();
        List<Document> page = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (int i = offset; i < docs.length; i++) {
            page.add(stored.document(docs[i].doc));
            scores.add(scored ? docs[i].score : 0f);
        }
        Map<String, String[]> clusters = clustersOf(s, page.stream().map(d -> d.get(Fields.QUOTE_ID)).toList());
        List<QuoteHit> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Document d = page.get(i);
            Quote quote = DocumentMapper.quote(d);
            String speakerId = null;
            String speakerName = null;
            if (quote.speaker() != null && !quote.speaker().isBlank()) {
                speakerId = snap.speakers().entityOfKey(SpeakerName.nameKey(quote.speaker())).orElse(null);
                speakerName = speakerId == null ? quote.speaker() : snap.speakers().name(speakerId).orElse(quote.speaker());
            }
            String quoteId = d.get(Fields.QUOTE_ID);
            String[] cluster = clusters.get(quoteId);
            out.add(new QuoteHit(quoteId, d.get(Fields.ARTICLE_ID), scores.get(i), quote, d.get(Fields.DATE),
                    d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.URL), d.get(Fields.LANG), speakerId,
                    speakerName, cluster == null ? null : cluster[0],
                    cluster == null ? 1 : Integer.parseInt(cluster[1])));
        }
        return out;
    }

    /** For each quote id that belongs to a cluster: {cluster id, size}. */
    private static Map<String, String[]> clustersOf(IndexSearcher s, List<String> quoteIds) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return out;
        }
        List<BytesRef> terms = quoteIds.stream().map(BytesRef::new).toList();
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.CLUSTER)), Occur.FILTER)
                .add(new TermInSetQuery(Fields.MEMBER_QUOTE, terms), Occur.FILTER).build();
        TopDocs docs = s.search(q, quoteIds.size());
        StoredFields stored = s.storedFields();
        Set<String> wanted = Set.copyOf(quoteIds);
        for (ScoreDoc sd : docs.scoreDocs) {
            Document d = stored.document(sd.doc);
            String[] info = {d.get(Fields.ENTITY_ID), String.valueOf(DocumentMapper.integer(d, Fields.SIZE))};
            for (String member : ClusterIndex.members(d)) {
                if (wanted.contains(member)) {
                    out.put(member, info);
                }
            }
        }
        return out;
    }

    private Map<String, List<FacetValue>> facets(Snapshot snap, FacetsCollector fc, int limit) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : FACET_DIMS) {
            out.put(dim, List.of());
        }
        if (snap.facetState() == null || limit == 0) {
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(snap.facetState(), fc);
        for (String dim : FACET_DIMS) {
            FacetResult res = children(counts, dim, dim.equals(Fields.FACET_SPEAKER) || dim.equals(Fields.FACET_MONTH)
                    ? Integer.MAX_VALUE : limit);
            if (res == null) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            if (dim.equals(Fields.FACET_SPEAKER)) {
                values = speakerFacet(snap.speakers(), res, limit);
            } else {
                for (LabelAndValue lv : res.labelValues) {
                    values.add(new FacetValue(lv.label, lv.label, lv.value.longValue()));
                }
                if (dim.equals(Fields.FACET_MONTH)) {
                    values.sort(Comparator.comparing(FacetValue::value));
                } else {
                    values.sort(Comparator.comparingLong((FacetValue v) -> -v.count()).thenComparing(FacetValue::value));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    private static FacetResult children(Facets counts, String dim, int limit) throws IOException {
        try {
            return limit == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(limit, dim);
        } catch (IllegalArgumentException e) {
            return null; // no quote carries this dimension yet
        }
    }

    /** Speaker keys counted, then summed per entity (a key not yet resolved counts on its own). */
    private static List<FacetValue> speakerFacet(SpeakerDirectory speakers, FacetResult res, int limit) {
        Map<String, long[]> byEntity = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (LabelAndValue lv : res.labelValues) {
            String id = speakers.entityOfKey(lv.label).orElse(null);
            String value = id == null ? lv.label : id;
            labels.putIfAbsent(value, id == null ? lv.label : speakers.name(id).orElse(id));
            byEntity.computeIfAbsent(value, k -> new long[1])[0] += lv.value.longValue();
        }
        List<FacetValue> values = new ArrayList<>();
        byEntity.forEach((k, v) -> values.add(new FacetValue(k, labels.get(k), v[0])));
        values.sort(Comparator.comparingLong((FacetValue v) -> -v.count()).thenComparing(FacetValue::value));
        return values.size() > limit ? values.subList(0, limit) : values;
    }

    private Snapshot snapshot(IndexSearcher s) throws IOException {
        Snapshot cur = snapshot.get();
        if (cur != null && cur.reader() == s.getIndexReader()) {
            return cur;
        }
        synchronized (snapshot) {
            cur = snapshot.get();
            if (cur != null && cur.reader() == s.getIndexReader()) {
                return cur;
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), facets);
            } catch (IllegalArgumentException e) {
                state = null; // no facet values indexed yet
            }
            Snapshot next = new Snapshot(s.getIndexReader(), SpeakerDirectory.load(s), state, stale);
            snapshot.set(next);
            return next;
        }
    }

    /** An article with its quotes in text order, exactly as stored. */
    public Optional<ArticleQuotes> article(String articleId) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TermQuery q = new TermQuery(new Term(Fields.ARTICLE_ID, articleId));
            int n = s.count(q);
            if (n == 0) {
                return Optional.empty();
            }
            TopDocs docs = s.search(q, n);
            StoredFields stored = s.storedFields();
            Article article = null;
            List<Document> quoteDocs = new ArrayList<>();
            for (ScoreDoc sd : docs.scoreDocs) {
                Document d = stored.document(sd.doc);
                if (d.get(Fields.QUOTE_ID) != null) {
                    quoteDocs.add(d);
                } else {
                    article = DocumentMapper.article(d);
                }
            }
            if (article == null) {
                return Optional.empty();
            }
            quoteDocs.sort(Comparator.comparingInt(d -> DocumentMapper.integer(d, Fields.POS)));
            List<Quote> quotes = new ArrayList<>();
            quoteDocs.forEach(d -> quotes.add(DocumentMapper.quote(d)));
            return Optional.of(new ArticleQuotes(article, quotes));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * A speaker entity by id, or by a name or alias ("Castaner"; the most quoted match when several
     * entities fit).
     */
    public Optional<SpeakerEntity> speaker(String idOrName) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<String> ids = snapshot(s).speakers().find(idOrName, s, 1);
            return ids.isEmpty() ? Optional.empty() : SpeakerDirectory.entity(s, ids.get(0));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Speaker entities, most quoted first: all of them, or those whose names contain every word of
     * {@code nameWords} (null or blank: no condition).
     */
    public List<SpeakerEntity> speakers(String nameWords, int limit) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<String> ids;
            if (nameWords == null || nameWords.isBlank()) {
                TopDocs docs = s.search(new TermQuery(new Term(Fields.KIND, Fields.SPEAKER)), Math.max(1, limit),
                        new Sort(new SortField(Fields.COUNT_DV, SortField.Type.LONG, true)));
                List<SpeakerEntity> out = new ArrayList<>();
                for (ScoreDoc sd : docs.scoreDocs) {
                    out.add(SpeakerIndex.entity(s.storedFields().document(sd.doc)));
                }
                return out;
            }
            ids = snapshot(s).speakers().find(nameWords, s, Math.max(1, limit));
            List<SpeakerEntity> out = new ArrayList<>();
            for (String id : ids) {
                SpeakerDirectory.entity(s, id).ifPresent(out::add);
            }
            out.sort(Comparator.comparingInt((SpeakerEntity e) -> -e.quoteCount()).thenComparing(SpeakerEntity::id));
            return out.size() > limit ? out.subList(0, limit) : out;
        } finally {
            searchers.release(s);
        }
    }

    /** A cluster by id: every report of the quotation, first appearance first, with wording differences. */
    public Optional<QuoteCluster> cluster(String clusterId) throws IOException {
        return clusterBy(new Term(Fields.ENTITY_ID, clusterId));
    }

    /** The cluster a quote belongs to, if its quotation was reported more than once. */
    public Optional<QuoteCluster> clusterOfQuote(String quoteId) throws IOException {
        return clusterBy(new Term(Fields.MEMBER_QUOTE, quoteId));
    }

    private Optional<QuoteCluster> clusterBy(Term term) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.CLUSTER)), Occur.FILTER)
                    .add(new TermQuery(term), Occur.FILTER).build();
            TopDocs found = s.search(q, 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = s.storedFields();
            Document cluster = stored.document(found.scoreDocs[0].doc);
            List<String> ids = ClusterIndex.members(cluster);
            BooleanQuery quotes = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.QUOTE)), Occur.FILTER)
                    .add(new TermInSetQuery(Fields.QUOTE_ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .build();
            Map<String, Document> byId = new HashMap<>();
            for (ScoreDoc sd : s.search(quotes, ids.size()).scoreDocs) {
                Document d = stored.document(sd.doc);
                byId.put(d.get(Fields.QUOTE_ID), d);
            }
            SpeakerDirectory speakers = snapshot(s).speakers();
            List<Appearance> appearances = new ArrayList<>();
            String firstText = null;
            for (String id : ids) {
                Document d = byId.get(id);
                if (d == null) {
                    continue; // replaced since the clusters were built
                }
                String text = d.get(Fields.TEXT);
                WordDiff diff = firstText == null ? new WordDiff(WordDiff.Kind.IDENTICAL, 0, 0, List.of())
                        : WordDiffer.diff(firstText, text);
                if (firstText == null) {
                    firstText = text;
                }
                String speaker = d.get(Fields.SPEAKER_NAME);
                String speakerId = speaker == null ? null
                        : speakers.entityOfKey(SpeakerName.nameKey(speaker)).orElse(null);
                appearances.add(new Appearance(id, d.get(Fields.ARTICLE_ID), d.get(Fields.DATE), d.get(Fields.SOURCE),
                        d.get(Fields.TITLE), d.get(Fields.URL), speaker, speakerId, QuoteType.fromLabel(d.get(Fields.TYPE)),
                        text, diff));
            }
            return appearances.isEmpty() ? Optional.empty()
                    : Optional.of(new QuoteCluster(cluster.get(Fields.ENTITY_ID), appearances));
        } finally {
            searchers.release(s);
        }
    }

    /** Counts of what the archive holds. */
    public ArchiveStats stats() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, Long> byType = new LinkedHashMap<>();
            for (QuoteType t : QuoteType.values()) {
                byType.put(t.label(), (long) s.count(new TermQuery(new Term(Fields.TYPE, t.label()))));
            }
            String first = null;
            String last = null;
            TermQuery quotes = new TermQuery(new Term(Fields.KIND, Fields.QUOTE));
            for (boolean newest : new boolean[] {false, true}) {
                SortField f = new SortField(Fields.DATE_DV, SortField.Type.STRING, newest);
                f.setMissingValue(newest ? SortField.STRING_FIRST : SortField.STRING_LAST);
                TopDocs top = s.search(quotes, 1, new Sort(f));
                if (top.scoreDocs.length > 0) {
                    String date = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.DATE)).get(Fields.DATE);
                    if (newest) {
                        last = date;
                    } else {
                        first = date;
                    }
                }
            }
            long size = 0;
            for (String file : directory.listAll()) {
                try {
                    size += directory.fileLength(file);
                } catch (NoSuchFileException e) {
                    // removed by a merge meanwhile
                }
            }
            return new ArchiveStats(s.count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE))), s.count(quotes),
                    byType, s.count(new TermQuery(new Term(Fields.KIND, Fields.SPEAKER))),
                    s.count(new TermQuery(new Term(Fields.KIND, Fields.CLUSTER))), first, last, stale, size);
        } finally {
            searchers.release(s);
        }
    }

    private Document articleDoc(String articleId) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER).build();
            TopDocs td = s.search(q, 1);
            return td.scoreDocs.length == 0 ? null
                    : s.storedFields().document(td.scoreDocs[0].doc,
                            Set.of(Fields.ARTICLE_FP, Fields.CONTENT_FP, Fields.ENGINE, Fields.QUOTES_ORIGIN));
        } finally {
            searchers.release(s);
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("archive " + path + " was opened read-only");
        }
    }

    /**
     * Closes the archive. A writable archive first commits what was added since the last commit
     * (derived data is then marked stale if it was not rebuilt).
     */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null && uncommitted) {
                commit();
            }
        } finally {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        }
    }
}
