package org.dixit.coref;

import java.util.ArrayList;
import java.util.List;
import org.dixit.lexicon.Gender;

/**
 * A person or organisation named in one article, with every name form and role seen for it.
 * Mutable while the registry is built, then only read.
 */
public final class Entity {
    private String fullName;
    private List<String> tokens;
    private Gender gender;
    private final List<Role> roles = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    /** Where the journalist's own text names the entity (outside quotations). */
    private final List<Integer> narrativePositions = new ArrayList<>();
    private boolean person;
    private boolean organisation;
    private boolean namedOutsideQuotes;

    /**
     * A role seen for the entity.
     *
     * @param head      normalised role noun ("président")
     * @param modifiers normalised qualifiers ("du", "kazakhstan")
     * @param text      as written ("président du Kazakhstan")
     */
    public record Role(String head, List<String> modifiers, String text) {
        /**
         * The same kind of role as {@code other}: equal heads, a former holder's prefix ("ex-journaliste"
         * is a "journaliste"), or a feminine written with a final "e" ("avocate" for "Me Hirsch", an "avocat").
         */
        public boolean sameHead(String other) {
            return sameRole(head, other);
        }

        /** See {@link #sameHead}. */
        public static boolean sameRole(String a, String b) {
            return a.equals(b) || a.endsWith("-" + b) || b.endsWith("-" + a)
                    || a.length() > 3 && (b.equals(a + "e") || a.equals(b + "e"));
        }

        /** Every qualifier of a mention must echo the role ("kazakh" ~ "Kazakhstan"). */
        public boolean echoes(List<String> mentionModifiers) {
            for (String m : mentionModifiers) {
                if (m.length() <= 3) {
                    continue; // "de", "du", "l'": function words
                }
                boolean found = false;
                for (String r : modifiers) {
                    if (r.equals(m) || commonPrefix(r, m) >= 5) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        private static int commonPrefix(String a, String b) {
            int n = Math.min(a.length(), b.length());
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i;
        }
    }

    Entity(String fullName, List<String> tokens, Gender gender, boolean person, boolean outsideQuotes, int position) {
        this.fullName = fullName;
        this.tokens = tokens;
        this.gender = gender;
        this.person = person;
        this.namedOutsideQuotes = outsideQuotes;
        positions.add(position);
        if (outsideQuotes) {
            narrativePositions.add(position);
        }
    }

    public String fullName() {
        return fullName;
    }

    public Gender gender() {
        return gender;
    }

    public List<Role> roles() {
        return roles;
    }

    /** True if the text shows a person (given name, honorific, role, age) and nothing shows an organisation. */
    public boolean person() {
        return person && !organisation;
    }

    /**
     * True if the text introduces the entity as an organisation ("la plateforme Leetchi", "Leetchi,
     * plateforme de dons", "l'Institut français d'opinion publique") or names it by an acronym.
     * Organisation evidence wins over the weak evidence that made a two-word name a person's.
     */
    public boolean organisation() {
        return organisation;
    }

    /** Records that the text shows the entity is an organisation. */
    public void markOrganisation() {
        organisation = true;
    }

    /** False if the entity is only named inside quotations: someone talked about, not a speaker in the text. */
    public boolean namedOutsideQuotes() {
        return namedOutsideQuotes;
    }

    List<String> tokens() {
        return tokens;
    }

    List<Integer> positions() {
        return positions;
    }

    void seenAt(int position, String name, List<String> nameTokens, Gender g, boolean asPerson, boolean outsideQuotes) {
        positions.add(position);
        if (outsideQuotes) {
            narrativePositions.add(position);
        }
        person |= asPerson;
        namedOutsideQuotes |= outsideQuotes;
        if (nameTokens.size() > tokens.size()) {
            tokens = nameTokens;
            fullName = name;
        }
        if (gender == Gender.UNKNOWN) {
            gender = g;
        }
    }

    /** Records a role seen in an apposition or before the name. */
    public void addRoleFrom(String head, List<String> modifiers, String text) {
        addRole(new Role(head, List.copyOf(modifiers), text));
    }

    void addRole(Role r) {
        for (Role have : roles) {
            if (have.text().equalsIgnoreCase(r.text())) {
                return;
            }
        }
        roles.add(r);
    }

    /** The last position before {@code pos} where the entity is named, or -1. */
    public int lastBefore(int pos) {
        return lastBefore(positions, pos);
    }

    /** The last position before {@code pos} where the text outside quotations names the entity, or -1. */
    public int lastNarratedBefore(int pos) {
        return lastBefore(narrativePositions, pos);
    }

    private static int lastBefore(List<Integer> seen, int pos) {
        int best = -1;
        for (int p : seen) {
            if (p < pos && p > best) {
                best = p;
            }
        }
        return best;
    }

    /** How many times the article names the entity. */
    public int timesNamed() {
        return positions.size();
    }

    int firstPosition() {
        return positions.get(0);
    }
}
