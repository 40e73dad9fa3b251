package org.dixit.index.speakers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.analysis.LanguageAnalyzers;
import org.dixit.index.store.Fields;

/**
 * The speaker entities of one index snapshot, in memory: which entity each speaker key belongs to
 * and its name. Loaded once per snapshot (one stored-field read per entity) and then shared by
 * every search on it; immutable.
 */
public final class SpeakerDirectory {
    private static final Analyzer NAMES = LanguageAnalyzers.folding();
    private final Map<String, String> entityOfKey;
    private final Map<String, String> nameOfEntity;
    private final Map<String, List<String>> keysOfEntity;

    private SpeakerDirectory(Map<String, String> entityOfKey, Map<String, String> nameOfEntity,
                             Map<String, List<String>> keysOfEntity) {
        this.entityOfKey = entityOfKey;
        this.nameOfEntity = nameOfEntity;
        this.keysOfEntity = keysOfEntity;
    }

    /** Reads every speaker document of a snapshot. */
    public static SpeakerDirectory load(IndexSearcher searcher) throws IOException {
        Map<String, String> entityOfKey = new HashMap<>();
        Map<String, String> nameOfEntity = new HashMap<>();
        Map<String, List<String>> keysOfEntity = new HashMap<>();
        TermQuery q = new TermQuery(new Term(Fields.KIND, Fields.SPEAKER));
        int n = Math.max(1, searcher.count(q));
        TopDocs docs = searcher.search(q, n);
        StoredFields stored = searcher.storedFields();
        Set<String> wanted = Set.of(Fields.ENTITY_ID, Fields.ENTITY_NAME, Fields.MEMBER_KEY);
        for (ScoreDoc sd : docs.scoreDocs) {
            Document d = stored.document(sd.doc, wanted);
            String id = d.get(Fields.ENTITY_ID);
            nameOfEntity.put(id, d.get(Fields.ENTITY_NAME));
            List<String> keys = SpeakerIndex.keys(d);
            keysOfEntity.put(id, keys);
            keys.forEach(k -> entityOfKey.put(k, id));
        }
        return new SpeakerDirectory(entityOfKey, nameOfEntity, keysOfEntity);
    }

    /** The entity a speaker key belongs to, if resolved. */
    public Optional<String> entityOfKey(String key) {
        return Optional.ofNullable(entityOfKey.get(key));
    }

    /** The name of an entity. */
    public Optional<String> name(String entityId) {
        return Optional.ofNullable(nameOfEntity.get(entityId));
    }

    /** Number of entities. */
    public int size() {
        return nameOfEntity.size();
    }

    /**
     * The entities a user's speaker text designates: the entity with that id; else the entity
     * that has that name or alias (after the usual normalisation), then every other entity whose
     * names contain all its words, most quoted first ("Le Pen" finds Marine and Jean-Marie Le Pen).
     */
    public List<String> find(String text, IndexSearcher searcher, int limit) throws IOException {
        String t = text.strip();
        if (nameOfEntity.containsKey(t)) {
            return List.of(t);
        }
        Set<String> out = new LinkedHashSet<>();
        String byKey = entityOfKey.get(SpeakerName.nameKey(t));
        if (byKey == null) {
            byKey = entityOfKey.get(SpeakerName.keyOf(t));
        }
        if (byKey != null) {
            out.add(byKey);
        }
        List<String> words = words(t);
        if (!words.isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(Fields.KIND, Fields.SPEAKER)), Occur.FILTER);
            words.forEach(w -> b.add(new TermQuery(new Term(Fields.NAMES, w)), Occur.FILTER));
            TopDocs docs = searcher.search(b.build(), limit,
                    new Sort(new SortField(Fields.COUNT_DV, SortField.Type.LONG, true)));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                out.add(stored.document(sd.doc, Set.of(Fields.ENTITY_ID)).get(Fields.ENTITY_ID));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The speaker keys to filter quotes on for a user's speaker text: the keys of every entity it
     * designates, plus the text's own key (so a speaker not yet resolved is still found).
     */
    public Set<String> keysFor(List<String> entities, String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String e : entities) {
            keys.addAll(keysOfEntity.getOrDefault(e, List.of()));
        }
        String own = SpeakerName.nameKey(text);
        if (!own.isEmpty()) {
            keys.add(own);
        }
        return keys;
    }

    /** The entity of a speaker document matched by id, or empty. */
    public static Optional<SpeakerEntity> entity(IndexSearcher searcher, String id) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, Fields.SPEAKER)), Occur.FILTER);
        b.add(new TermQuery(new Term(Fields.ENTITY_ID, id)), Occur.FILTER);
        TopDocs docs = searcher.search(b.build(), 1);
        if (docs.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(SpeakerIndex.entity(searcher.storedFields().document(docs.scoreDocs[0].doc)));
    }

    private static List<String> words(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = NAMES.tokenStream(Fields.NAMES, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
