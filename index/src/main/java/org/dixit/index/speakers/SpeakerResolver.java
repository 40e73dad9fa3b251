package org.dixit.index.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dixit.index.NamedCount;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.speakers.SpeakerName.Shape;

/**
 * Groups the archive's speaker strings into one entity per person. Rules, in order:
 * <ol>
 * <li>strings with the same key are one speaker (case, accents, hyphens, honorifics and middle
 *     initials do not matter: "M. Christophe Castaner" = "Christophe Castaner");</li>
 * <li>alias-file merges apply as written;</li>
 * <li>a description ending with a known full name ("le gouverneur du Hainaut Tommy Leclercq")
 *     joins that name;</li>
 * <li>a surname alone ("Castaner", "M. Castaner", "Le Drian") joins the full name with that
 *     surname only when exactly one such full name exists in the archive and their genders do not
 *     contradict; with two (Marine and Jean-Marie Le Pen) it stays on its own.</li>
 * </ol>
 * Rules 3 and 4 skip names the alias file keeps separate ({@code !NAME}) or declares different
 * ({@code !A<TAB>B}). Pure function of its input: the same tallies and aliases give the same entities.
 */
public final class SpeakerResolver {
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    private SpeakerResolver() {
    }

    /**
     * An entity and the speaker keys that belong to it (the keys quotes are indexed under).
     *
     * @param entity the entity
     * @param keys   every speaker key of the entity, including alias-file aliases
     */
    public record Resolved(SpeakerEntity entity, Set<String> keys) {
        public Resolved {
            keys = Set.copyOf(keys);
        }
    }

    /** Resolves speaker strings (with their tallies) into entities, most quoted first. */
    public static List<Resolved> resolve(Map<String, SpeakerTally> byRaw, AliasTable aliases) {
        Map<String, SpeakerTally> byKey = new LinkedHashMap<>();
        Map<String, SpeakerName> names = new TreeMap<>();
        for (Map.Entry<String, SpeakerTally> e : new TreeMap<>(byRaw).entrySet()) {
            SpeakerName n = SpeakerName.parse(e.getKey());
            if (n.key().isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(n.key(), k -> new SpeakerTally()).add(e.getValue());
            SpeakerName prev = names.get(n.key());
            if (prev == null || prev.shape() == Shape.DESCRIPTION && n.shape() != Shape.DESCRIPTION) {
                names.put(n.key(), n);
            }
        }
        Groups groups = new Groups();
        byKey.keySet().forEach(groups::add);

        Map<String, String> preferred = new HashMap<>();
        Set<String> explicit = new HashSet<>();
        Map<String, Set<String>> aliasNames = new HashMap<>();
        for (AliasTable.Merge m : aliases.merges()) {
            String nameKey = SpeakerName.nameKey(m.name());
            groups.add(nameKey);
            explicit.add(nameKey);
            for (String alias : m.aliases()) {
                String aliasKey = SpeakerName.nameKey(alias);
                groups.add(aliasKey);
                explicit.add(aliasKey);
                groups.union(nameKey, aliasKey);
                aliasNames.computeIfAbsent(nameKey, k -> new TreeSet<>()).add(alias);
            }
            preferred.put(nameKey, m.name());
        }
        Set<String> pinned = new HashSet<>();
        aliases.separate().forEach(s -> pinned.add(SpeakerName.nameKey(s)));
        List<String[]> different = new ArrayList<>();
        aliases.different().forEach(p -> different.add(new String[] {SpeakerName.nameKey(p.a()), SpeakerName.nameKey(p.b())}));

        // rule 3: descriptions ending with a known full name
        for (Map.Entry<String, SpeakerName> e : names.entrySet()) {
            SpeakerName n = e.getValue();
            if (n.shape() != Shape.DESCRIPTION || explicit.contains(n.key()) || pinned.contains(n.key())) {
                continue;
            }
            for (String tail : n.nameTail()) {
                SpeakerName target = names.get(tail);
                if (target != null && target.shape() == Shape.FULL_NAME && !pinned.contains(tail)) {
                    groups.unionUnlessDifferent(n.key(), tail, different);
                    break;
                }
            }
        }
        // rule 4: surnames alone join the only full name with that surname
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (SpeakerName n : names.values()) {
            if (n.shape() == Shape.FULL_NAME && !pinned.contains(n.key())) {
                n.surnames().forEach(s -> fullBySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(n.key()));
            }
        }
        Map<String, SpeakerTally> groupTallies = new HashMap<>();
        for (Map.Entry<String, SpeakerTally> e : byKey.entrySet()) {
            groupTallies.computeIfAbsent(groups.find(e.getKey()), r -> new SpeakerTally()).add(e.getValue());
        }
        for (SpeakerName n : names.values()) {
            if (n.shape() != Shape.SURNAME || explicit.contains(n.key()) || pinned.contains(n.key())) {
                continue;
            }
            Set<String> roots = new TreeSet<>();
            for (String full : fullBySurname.getOrDefault(n.key(), List.of())) {
                roots.add(groups.find(full));
            }
            if (roots.size() != 1) {
                continue;
            }
            String target = roots.iterator().next();
            String g1 = n.genderHint() != null ? n.genderHint() : byKey.get(n.key()).gender();
            SpeakerTally targetTally = groupTallies.get(target);
            String g2 = targetTally == null ? null : targetTally.gender();
            if (g1 != null && g2 != null && !g1.equals(g2)) {
                continue;
            }
            groups.unionUnlessDifferent(n.key(), target, different);
        }
        return build(groups, byKey, names, preferred, aliasNames);
    }

    private static List<Resolved> build(Groups groups, Map<String, SpeakerTally> byKey, Map<String, SpeakerName> names,
                                        Map<String, String> preferred, Map<String, Set<String>> aliasNames) {
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String k : groups.all()) {
            byRoot.computeIfAbsent(groups.find(k), r -> new ArrayList<>()).add(k);
        }
        List<Resolved> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<String> keys : byRoot.values()) {
            SpeakerTally sum = new SpeakerTally();
            for (String k : keys) {
                SpeakerTally t = byKey.get(k);
                if (t != null) {
                    sum.add(t);
                }
            }
            if (sum.quotes == 0) {
                continue; // alias-file names nobody is quoted under
            }
            String name = null;
            for (String k : keys) {
                if (preferred.containsKey(k)) {
                    name = preferred.get(k);
                }
            }
            if (name == null) {
                name = displayName(keys, byKey, names);
            }
            Map<String, Integer> aliasCounts = new HashMap<>(sum.variants);
            for (String k : keys) {
                aliasNames.getOrDefault(k, Set.of()).forEach(a -> aliasCounts.putIfAbsent(a, 0));
            }
            SpeakerName shown = SpeakerName.parse(name);
            SpeakerEntity.Kind kind = shown.shape() == Shape.DESCRIPTION ? SpeakerEntity.Kind.DESCRIPTION
                    : SpeakerEntity.Kind.NAME;
            String id = uniqueId(slug(shown.key()), ids);
            SpeakerEntity e = new SpeakerEntity(id, name, kind, sum.gender(), sum.quotes, ranked(aliasCounts),
                    ranked(sum.roles), new TreeMap<>(sum.months), sum.firstDate, sum.lastDate);
            out.add(new Resolved(e, new HashSet<>(keys)));
        }
        out.sort(Comparator.comparingInt((Resolved r) -> -r.entity().quoteCount()).thenComparing(r -> r.entity().id()));
        return out;
    }

    /** The most quoted form among full names, else among all forms. */
    private static String displayName(List<String> keys, Map<String, SpeakerTally> byKey, Map<String, SpeakerName> names) {
        String best = null;
        int bestRank = -1;
        long bestCount = -1;
        for (String k : keys) {
            SpeakerTally t = byKey.get(k);
            SpeakerName n = names.get(k);
            if (t == null || n == null) {
                continue;
            }
            int rank = n.shape() == Shape.FULL_NAME ? 2 : n.shape() == Shape.SURNAME ? 1 : 0;
            for (Map.Entry<String, Integer> v : t.variants.entrySet()) {
                boolean better = rank > bestRank || rank == bestRank && (v.getValue() > bestCount
                        || v.getValue() == bestCount && v.getKey().compareTo(best) < 0);
                if (better) {
                    best = v.getKey();
                    bestRank = rank;
                    bestCount = v.getValue();
                }
            }
        }
        return best;
    }

    private static List<NamedCount> ranked(Map<String, Integer> counts) {
        List<NamedCount> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new NamedCount(k, v)));
        out.sort(Comparator.comparingInt((NamedCount c) -> -c.count()).thenComparing(NamedCount::name));
        return out;
    }

    /** A URL-safe identifier from a key: "christophe castaner" → "christophe-castaner". */
    static String slug(String key) {
        String s = NON_ALNUM.matcher(key).replaceAll("-");
        s = EDGE_DASHES.matcher(s).replaceAll("");
        return s.isEmpty() ? "speaker" : s;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** Union-find over speaker keys. */
    private static final class Groups {
        private final Map<String, String> parent = new LinkedHashMap<>();

        void add(String k) {
            parent.putIfAbsent(k, k);
        }

        String find(String k) {
            String root = k;
            for (String p = parent.get(root); !p.equals(root); p = parent.get(root)) {
                root = p;
            }
            for (String c = k; !c.equals(root); ) {
                String next = parent.get(c);
                parent.put(c, root);
                c = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                // the smaller key becomes the root, so results do not depend on iteration order
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        void unionUnlessDifferent(String a, String b, List<String[]> different) {
            String ra = find(a);
            String rb = find(b);
            for (String[] d : different) {
                if (!parent.containsKey(d[0]) || !parent.containsKey(d[1])) {
                    continue;
                }
                String x = find(d[0]);
                String y = find(d[1]);
                if (x.equals(ra) && y.equals(rb) || x.equals(rb) && y.equals(ra)) {
                    return;
                }
            }
            union(a, b);
        }

        Set<String> all() {
            return parent.keySet();
        }
    }
}
