package org.dixit.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dixit.lexicon.Gender;

/**
 * The named entities of one article: every name form ("M. Tokaïev", "Tokaïev",
 * "Kassym-Jomart Tokaïev") joined into one entity whose canonical name is the fullest form. Two
 * people who share a surname stay apart; a bare surname then goes to the one named last.
 */
public final class EntityRegistry {
    private final List<Entity> entities = new ArrayList<>();
    private final java.util.Map<String, List<String>> nameTokens = new java.util.HashMap<>();
    /**
     * Every word of every entity's name, to the entities (by index) whose name holds it: two names
     * that may be the same share their last or first word, so {@link #find} reads only those
     * entities instead of all of them (articles that name hundreds of places and bodies).
     */
    private final java.util.Map<String, java.util.BitSet> byWord = new java.util.HashMap<>();
    /** Initials of every name of two words or more, to the entities (by index) so named: acronyms. */
    private final java.util.Map<String, java.util.BitSet> byInitials = new java.util.HashMap<>();
    private final java.util.function.Predicate<String> isPlace;
    /** The entities (by index) first named by a place name: they never take a longer non-place name. */
    private final java.util.BitSet places = new java.util.BitSet();

    /** A registry that tells no place from other names. */
    public EntityRegistry() {
        this(name -> false);
    }

    /**
     * A registry that keeps places apart from the names that contain them: "France" and "Santé
     * publique France" or "Banque de France" are two entities, while "Kerry" still joins "John
     * Kerry" (a name with a gender is a person's, whatever place it sounds like).
     *
     * @param isPlace true for a place name ("France", "Espace Anjou")
     */
    public EntityRegistry(java.util.function.Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    /** Records a name seen at a position (token index) outside quotations; returns its entity. */
    public Entity add(String name, Gender gender, boolean person, int position) {
        return add(name, gender, person, true, position);
    }

    /**
     * Records a name seen at a position (token index); returns its entity.
     *
     * @param outsideQuotes false for a name inside a quotation (it can be resolved to, but is not
     *                      offered as the last person named)
     */
    public Entity add(String name, Gender gender, boolean person, boolean outsideQuotes, int position) {
        List<String> toks = tokens(name);
        if (toks.isEmpty()) {
            return null;
        }
        boolean place = isPlace.test(name);
        Entity match = find(toks, position, false, place, gender);
        if (match == null) {
            match = byAcronym(toks);
        }
        if (match != null) {
            List<String> before = match.tokens();
            match.seenAt(position, name, toks, gender, person, outsideQuotes);
            if (match.tokens() != before) {
                index(match.tokens(), entities.indexOf(match));
            }
            return match;
        }
        Entity e = new Entity(name, toks, gender, person, outsideQuotes, position);
        places.set(entities.size(), place);
        entities.add(e);
        index(toks, entities.size() - 1);
        return e;
    }

    /**
     * A fuller name for a person the article names elsewhere, seen where it cannot be a speaker
     * ("President Emmanuel Macron's policies", then "Mr Macron said"): it completes the entity that
     * the name matches, at any position, if the genders agree; it never makes an entity of its own,
     * so a possessor ("Brigitte Macron's") cannot take the surname from the person who speaks.
     */
    public void completeName(String name, Gender gender, int position) {
        List<String> toks = tokens(name);
        if (toks.size() < 2) {
            return;
        }
        Entity match = find(toks, position, true, isPlace.test(name), gender);
        if (match == null || match.tokens().size() >= toks.size() || !match.gender().compatible(gender)) {
            return;
        }
        List<String> before = match.tokens();
        match.seenAt(position, name, toks, gender, true, true);
        if (match.tokens() != before) {
            index(match.tokens(), entities.indexOf(match));
        }
    }

    /**
     * "IEW" and "Inter-Environnement Wallonie", "Ifop" and "l'Institut français d'opinion publique":
     * a one-word name of 3 to 6 letters is the same entity as a longer name whose words spell it.
     */
    private Entity byAcronym(List<String> toks) {
        // candidates from the indexes, checked against the current names, in the order entities were made
        if (toks.size() == 1 && isAcronymLength(toks.get(0))) {
            java.util.BitSet spelled = byInitials.get(toks.get(0));
            for (int i = spelled == null ? -1 : spelled.nextSetBit(0); i >= 0; i = spelled.nextSetBit(i + 1)) {
                Entity e = entities.get(i);
                if (e.tokens().size() > 1 && toks.get(0).equals(initials(e.tokens()))) {
                    return e;
                }
            }
        } else if (toks.size() > 1) {
            String initials = initials(toks);
            java.util.BitSet named = isAcronymLength(initials) ? byWord.get(initials) : null;
            for (int i = named == null ? -1 : named.nextSetBit(0); i >= 0; i = named.nextSetBit(i + 1)) {
                Entity e = entities.get(i);
                if (e.tokens().size() == 1 && e.tokens().get(0).equals(initials)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean isAcronymLength(String w) {
        return w.length() >= 3 && w.length() <= 6;
    }

    /** First letters of the words of a name, past elisions and hyphens, short function words left out. */
    private static String initials(List<String> toks) {
        StringBuilder b = new StringBuilder();
        for (String t : toks) {
            for (String part : t.split("-")) {
                String w = part.substring(part.lastIndexOf('\'') + 1);
                if (w.length() > 3 || w.length() > 0 && toks.size() == 1) {
                    b.appendCodePoint(w.codePointAt(0));
                }
            }
        }
        return b.toString();
    }

    /** The entity a name refers to, preferring the one named most recently before {@code position}. */
    public Entity resolveName(String name, int position) {
        List<String> toks = tokens(name);
        if (toks.isEmpty()) {
            return null;
        }
        Entity e = find(toks, position, true, isPlace.test(name), Gender.UNKNOWN);
        return e != null ? e : byAcronym(toks);
    }

    private void index(List<String> toks, int entity) {
        for (String w : toks) {
            byWord.computeIfAbsent(w, k -> new java.util.BitSet()).set(entity);
        }
        if (toks.size() > 1) {
            byInitials.computeIfAbsent(initials(toks), k -> new java.util.BitSet()).set(entity);
        }
    }

    private Entity find(List<String> toks, int position, boolean lookAhead, boolean place, Gender gender) {
        java.util.BitSet candidates = new java.util.BitSet();
        java.util.BitSet last = byWord.get(toks.get(toks.size() - 1));
        if (last != null) {
            candidates.or(last);
        }
        java.util.BitSet first = byWord.get(toks.get(0));
        if (first != null) {
            candidates.or(first);
        }
        Entity best = null;
        int bestPos = Integer.MIN_VALUE;
        // in the order entities were created, as ties go to the first
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Entity e = entities.get(i);
            if (!sameName(e.tokens(), toks)) {
                continue;
            }
            // a place and a name that is not one join only when the other name is a person's
            if (places.get(i) != place && (place ? e.gender() : gender) == Gender.UNKNOWN) {
                continue;
            }
            int p = e.lastBefore(position + 1);
            int score = p >= 0 ? p : (lookAhead ? -1_000_000 + (1_000_000 - e.firstPosition()) / 2 : Integer.MIN_VALUE);
            if (score > bestPos) {
                bestPos = score;
                best = e;
            }
        }
        return best;
    }

    /** "Macron" ~ "Emmanuel Macron" (suffix), "Priscillia" ~ "Priscillia Ludosky" (given name). */
    private static boolean sameName(List<String> a, List<String> b) {
        List<String> longer = a.size() >= b.size() ? a : b;
        List<String> shorter = a.size() >= b.size() ? b : a;
        int offset = longer.size() - shorter.size();
        boolean suffix = true;
        for (int i = 0; i < shorter.size() && suffix; i++) {
            suffix = longer.get(offset + i).equals(shorter.get(i));
        }
        if (suffix) {
            return true;
        }
        return shorter.size() == 1 && longer.size() > 1 && longer.get(0).equals(shorter.get(0));
    }

    /** Entities that have a role with this head, most recently named before {@code position} first. */
    public List<Entity> withRole(String head, List<String> modifiers, int position) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Entity.Role r : e.roles()) {
                if (r.sameHead(head) && r.echoes(modifiers)) {
                    out.add(e);
                    break;
                }
            }
        }
        out.sort((x, y) -> Integer.compare(rank(y, position), rank(x, position)));
        return out;
    }

    private static int rank(Entity e, int position) {
        int p = e.lastBefore(position);
        return p >= 0 ? p : -e.firstPosition() - 1_000_000;
    }

    /**
     * The article's main person: the person named (outside quotations) more often than any other,
     * at least three times; null when there is none or two people tie.
     */
    public Entity mainPerson() {
        Entity best = null;
        int most = 0;
        boolean tie = false;
        for (Entity e : entities) {
            if (!e.person() || !e.namedOutsideQuotes()) {
                continue;
            }
            if (e.timesNamed() > most) {
                best = e;
                most = e.timesNamed();
                tie = false;
            } else if (e.timesNamed() == most) {
                tie = true;
            }
        }
        return tie || most < 3 ? null : best;
    }

    /** People the text outside quotations names before {@code position}, most recently named first. */
    public List<Entity> peopleBefore(int position) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.person() && e.lastNarratedBefore(position) >= 0) {
                out.add(e);
            }
        }
        out.sort((x, y) -> Integer.compare(y.lastNarratedBefore(position), x.lastNarratedBefore(position)));
        return out;
    }

    /**
     * Organisations named outside quotations before {@code position}, most recently named first:
     * what "la plateforme" or "l'ASBL" may refer back to ({@code Attribution} checks the kind).
     */
    public List<Entity> organisationsBefore(int position) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.organisation() && e.namedOutsideQuotes() && e.lastBefore(position) >= 0) {
                out.add(e);
            }
        }
        out.sort((x, y) -> Integer.compare(y.lastBefore(position), x.lastBefore(position)));
        return out;
    }

    /** The lower-case words of a name; an article names the same people again and again. */
    private List<String> tokens(String name) {
        return nameTokens.computeIfAbsent(name, EntityRegistry::split);
    }

    private static List<String> split(String name) {
        // articles (and agencies' transliterations) drop accents on names: "Von Der Muhll" is "Von Der Mühll"
        String n = org.dixit.lexicon.Folding.withoutAccents(name.toLowerCase(Locale.ROOT).replace('’', '\''));
        // split on runs of what the regex \s matches (ASCII white space), without the regex engine
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean space = i == n.length() || isRegexSpace(n.charAt(i));
            if (space && start >= 0) {
                out.add(n.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
