package org.dixit.index.speakers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dixit.index.NamedCount;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.store.Fields;

/**
 * Moves speaker data between the index and the resolver: tallies every quote's speaker, role,
 * gender and month from doc values (one sequential pass, no stored-field reads), and turns
 * resolved entities into speaker documents.
 */
public final class SpeakerIndex {

    private SpeakerIndex() {
    }

    /** Per speaker string: quotes, roles, genders, months and date range, over all live quotes. */
    public static Map<String, SpeakerTally> tally(IndexReader reader) throws IOException {
        Map<String, SpeakerTally> out = new HashMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader r = ctx.reader();
            Bits live = r.getLiveDocs();
            SortedDocValues speaker = DocValues.getSorted(r, Fields.SPEAKER_DV);
            SortedDocValues role = DocValues.getSorted(r, Fields.ROLE_DV);
            SortedDocValues month = DocValues.getSorted(r, Fields.MONTH_DV);
            SortedDocValues gender = DocValues.getSorted(r, Fields.GENDER_DV);
            SortedDocValues date = DocValues.getSorted(r, Fields.DATE_DV);
            int n = speaker.getValueCount();
            int[] count = new int[n];
            int[] first = new int[n];
            int[] last = new int[n];
            java.util.Arrays.fill(first, Integer.MAX_VALUE);
            java.util.Arrays.fill(last, -1);
            Map<Long, Integer> roles = new HashMap<>();
            Map<Long, Integer> months = new HashMap<>();
            Map<Long, Integer> genders = new HashMap<>();
            for (int doc = speaker.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = speaker.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int o = speaker.ordValue();
                count[o]++;
                if (role.advanceExact(doc)) {
                    roles.merge(pack(o, role.ordValue()), 1, Integer::sum);
                }
                if (month.advanceExact(doc)) {
                    months.merge(pack(o, month.ordValue()), 1, Integer::sum);
                }
                if (gender.advanceExact(doc)) {
                    genders.merge(pack(o, gender.ordValue()), 1, Integer::sum);
                }
                if (date.advanceExact(doc)) {
                    first[o] = Math.min(first[o], date.ordValue());
                    last[o] = Math.max(last[o], date.ordValue());
                }
            }
            SpeakerTally[] tallies = new SpeakerTally[n];
            for (int o = 0; o < n; o++) {
                if (count[o] == 0) {
                    continue;
                }
                String raw = speaker.lookupOrd(o).utf8ToString();
                SpeakerTally t = out.computeIfAbsent(raw, k -> new SpeakerTally());
                t.quotes(raw, count[o]);
                if (last[o] >= 0) {
                    t.date(date.lookupOrd(first[o]).utf8ToString());
                    t.date(date.lookupOrd(last[o]).utf8ToString());
                }
                tallies[o] = t;
            }
            for (Map.Entry<Long, Integer> e : roles.entrySet()) {
                tallies[hi(e.getKey())].role(role.lookupOrd(lo(e.getKey())).utf8ToString(), e.getValue());
            }
            for (Map.Entry<Long, Integer> e : months.entrySet()) {
                tallies[hi(e.getKey())].month(month.lookupOrd(lo(e.getKey())).utf8ToString(), e.getValue());
            }
            for (Map.Entry<Long, Integer> e : genders.entrySet()) {
                tallies[hi(e.getKey())].gender(gender.lookupOrd(lo(e.getKey())).utf8ToString(), e.getValue());
            }
        }
        return out;
    }

    private static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int hi(long v) {
        return (int) (v >>> 32);
    }

    private static int lo(long v) {
        return (int) v;
    }

    /** The speaker document of a resolved entity. */
    public static Document document(SpeakerResolver.Resolved r) {
        SpeakerEntity e = r.entity();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.SPEAKER, Store.NO));
        d.add(new StringField(Fields.ENTITY_ID, e.id(), Store.YES));
        d.add(new StoredField(Fields.ENTITY_NAME, e.name()));
        r.keys().stream().sorted().forEach(k -> d.add(new StringField(Fields.MEMBER_KEY, k, Store.YES)));
        d.add(new TextField(Fields.NAMES, e.name(), Store.NO));
        for (NamedCount a : e.aliases()) {
            d.add(new TextField(Fields.NAMES, a.name(), Store.NO));
        }
        d.add(new NumericDocValuesField(Fields.COUNT_DV, e.quoteCount()));
        d.add(new StoredField(Fields.JSON, SpeakerJson.write(e)));
        return d;
    }

    /** The entity stored in a speaker document. */
    public static SpeakerEntity entity(Document d) {
        return SpeakerJson.read(d.get(Fields.JSON));
    }

    /** The speaker keys stored in a speaker document. */
    public static List<String> keys(Document d) {
        List<String> out = new ArrayList<>();
        for (var f : d.getFields(Fields.MEMBER_KEY)) {
            out.add(f.stringValue());
        }
        return out;
    }
}
