package org.dixit.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dixit.coref.Entity;
import org.dixit.coref.EntityRegistry;
import org.dixit.lexicon.Gender;

/**
 * Resolves speaker mentions to canonical speakers within one article, in text order: names to the
 * fullest name of their entity, pronouns to the subject of the previous sentence or the last
 * speaker (gender and number permitting), role nouns to the entity that holds the role, and
 * unnamed speakers to their first descriptive mention.
 */
final class Attribution {
    private static final int MAX_PARAGRAPH_GAP = 3;
    private final Context ctx;
    private final EntityRegistry registry;
    private final Bodies bodies;
    private final Map<Integer, Speaker> speakerOfSentence = new HashMap<>();
    private final Map<String, Speaker> descriptive = new HashMap<>();
    /** Descriptions qualified by a place ("la préfecture du Bas-Rhin"), by identity. */
    private final java.util.Set<Speaker> placedDescriptions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private Speaker last;
    private int lastToken = -1;
    /** Computed on first use: most articles are no interviews. */
    private java.util.Optional<Entity> interviewee;

    Attribution(Context ctx, EntityRegistry registry) {
        this.ctx = ctx;
        this.registry = registry;
        this.bodies = new Bodies(ctx, registry);
    }

    /** Resolves the candidate's speaker and records it as the current speaker of the discourse. */
    Speaker resolve(Candidate c) {
        Speaker s;
        if (c.mention() != null) {
            s = mention(c.mention(), c.anchor());
        } else {
            s = inherited(c);
        }
        if (s != null) {
            last = s;
            lastToken = c.anchor();
            speakerOfSentence.put(ctx.doc.sentenceOf(c.anchor()), s);
            if (c.cue() != null) {
                // a participle later in the cue's sentence ("..., a dit X, ajoutant que") shares this speaker
                speakerOfSentence.putIfAbsent(ctx.doc.sentenceOf(c.cue().first()), s);
                bodies.cued(c, s);
            }
        }
        return s;
    }

    Speaker mention(Mention m, int anchor) {
        return switch (m.kind()) {
            case NAME -> name(m);
            case PRONOUN -> pronoun(m, anchor);
            case ROLE, GROUP -> role(m);
        };
    }

    private Speaker name(Mention m) {
        Entity e = registry.resolveName(m.name(), m.first());
        List<String> chain = new ArrayList<>();
        chain.add("name '" + m.text() + "'");
        if (e == null) {
            return new Speaker(m.name(), null, m.gender(), m.plural(), m.role(), chain);
        }
        if (!e.fullName().equals(m.name())) {
            chain.add("same person as '" + e.fullName() + "'");
        }
        return new Speaker(e.fullName(), e, e.gender() != Gender.UNKNOWN ? e.gender() : m.gender(), m.plural(),
                roleOf(e, m), chain);
    }

    static String roleOf(Entity e, Mention m) {
        if (m.role() != null) {
            return m.role();
        }
        return e.roles().isEmpty() ? null : e.roles().get(0).text();
    }

    private Speaker pronoun(Mention m, int anchor) {
        if (m.text().equalsIgnoreCase("on")) {
            return null;
        }
        int sentence = ctx.doc.sentenceOf(anchor);
        List<String> chain = new ArrayList<>();
        chain.add("pronoun '" + m.text() + "'");
        if (isDemonstrative(m) && !m.plural()) {
            // "celle-ci", "ce dernier": the person named last, whatever their role in the sentence
            Speaker named = lastPersonNamed(m, m.first(), chain);
            if (named != null) {
                return named;
            }
        }
        // 1. the subject of the current sentence when it comes before the pronoun
        Speaker s = subjectOf(sentence, m, anchor, chain, "subject of the sentence");
        // 2. the speaker or subject of the previous sentence
        for (int back = 1; s == null && back <= 2 && sentence - back >= 0; back++) {
            Speaker prev = speakerOfSentence.get(sentence - back);
            if (prev != null && agrees(prev, m) && !isPlace(prev)) {
                s = extend(prev, chain, "speaker of the previous sentence");
                break;
            }
            s = subjectOf(sentence - back, m, Integer.MAX_VALUE, chain, "subject of the previous sentence");
        }
        // 3. the last speaker, if recent
        if (s == null && last != null && agrees(last, m) && !isPlace(last)
                && ctx.doc.paragraphOf(anchor) - ctx.doc.paragraphOf(Math.max(0, lastToken)) <= MAX_PARAGRAPH_GAP) {
            s = extend(last, chain, "last speaker");
        }
        // 4. the last person named with the right gender
        if (s == null && !m.plural()) {
            s = lastPersonNamed(m, m.first(), chain);
        }
        // 5. an organisation named earlier in the sentence: "La direction de l'organisation IEW a décidé
        //    de porter plainte, indique-t-elle" opens an article, with nobody named before
        if (s == null && !m.plural()) {
            s = bodies.organisationInSentence(m, sentence, chain);
        }
        // 6. no one named (places are not people): the last person described as a sentence's subject
        if (s == null && !m.plural()) {
            s = lastDescribedSubject(m, sentence, chain);
        }
        return s;
    }

    /**
     * "L'homme de 45 ans (...) s'est rendu. (...) Il revendiquait": the subject of an earlier
     * sentence of this paragraph or the one before that is a singular role noun of a compatible
     * gender ("l'homme", "la passante"), or null.
     */
    private Speaker lastDescribedSubject(Mention pronoun, int sentence, List<String> chain) {
        int paragraph = ctx.doc.paragraphOf(ctx.doc.sentenceStart(sentence));
        for (int back = sentence - 1; back >= 0; back--) {
            if (paragraph - ctx.doc.paragraphOf(ctx.doc.sentenceStart(back)) > 1) {
                break;
            }
            Mention subj = ctx.sentenceSubject(back);
            if (subj == null || subj.kind() != MentionKind.ROLE || subj.plural()
                    || !ctx.lex.roles().containsKey(subj.roleHead()) || !subj.gender().compatible(pronoun.gender())) {
                continue;
            }
            Speaker s = role(subj);
            if (s != null && agrees(s, pronoun) && !isPlace(s)) {
                return extend(s, chain, "last person described as a subject '" + subj.text() + "'");
            }
        }
        return null;
    }

    private Speaker lastPersonNamed(Mention m, int before, List<String> chain) {
        for (Entity e : registry.peopleBefore(before)) {
            if (e.gender().compatible(m.gender())) {
                List<String> all = new ArrayList<>(chain);
                all.add("last person named '" + e.fullName() + "'");
                return new Speaker(e.fullName(), e, e.gender(), false, roleOf(e, m), all);
            }
        }
        return null;
    }

    private static boolean isDemonstrative(Mention m) {
        String t = m.text().toLowerCase(Locale.ROOT);
        return t.startsWith("celle") || t.startsWith("celui") || t.startsWith("ce ") || t.startsWith("cette ");
    }

    private Speaker subjectOf(int sentence, Mention pronoun, int before, List<String> chain, String why) {
        Mention subj = ctx.sentenceSubject(sentence);
        if (subj == null) {
            // "Mr Macron's last address was on November 27th, when he said": the subject's possessor
            int s = ctx.doc.sentenceStart(sentence);
            Mention owner = ctx.mentions.possessor(ctx.doc, s, ctx.doc.sentenceEnd(sentence));
            if (owner != null && owner.first() < before) {
                Speaker o = name(owner);
                if (o.entity() != null && o.entity().person() && agrees(o, pronoun)) {
                    return extend(o, chain, why + ": its possessor '" + owner.text() + "'");
                }
            }
            return null;
        }
        if (subj.kind() == MentionKind.PRONOUN || subj.first() >= before
                || subj.first() == pronoun.first()) {
            return null;
        }
        Speaker s = subj.kind() == MentionKind.NAME ? name(subj) : role(subj);
        if (s == null || !agrees(s, pronoun) || (s.entity() != null && !s.entity().person())) {
            return null;
        }
        return extend(s, chain, why + " '" + subj.text() + "'");
    }

    /** A copy of an earlier speaker with this resolution's chain, the step taken, and where it came from. */
    static Speaker extend(Speaker s, List<String> chain, String step) {
        List<String> all = new ArrayList<>(chain);
        all.add(step);
        // only where the earlier speaker came from, not its whole history
        all.add(s.chain().get(0));
        if (s.chain().size() > 1) {
            all.add(s.chain().get(s.chain().size() - 1));
        }
        return new Speaker(s.canonical(), s.entity(), s.gender(), s.plural(), s.role(), all);
    }

    /**
     * "Paris a annoncé", "Berlin said": a place that spoke by metonymy is still no antecedent for
     * "il" or "he", nor the person a description points back to.
     */
    private boolean isPlace(Speaker s) {
        return (s.entity() == null || !s.entity().person()) && ctx.isPlaceName(s.canonical());
    }

    private static boolean agrees(Speaker s, Mention pronoun) {
        return s.gender().compatible(pronoun.gender()) && s.plural() == pronoun.plural();
    }

    private Speaker role(Mention mention) {
        List<String> chain = new ArrayList<>();
        chain.add("role '" + mention.text() + "'");
        String synonym = mention.kind() == MentionKind.ROLE ? ctx.lex.roleSynonym(mention.role()) : null;
        // "le chef de l'État" is the holder of "président": the description is looked up as that role
        Mention m = synonym == null ? mention : new Mention(mention.first(), mention.last(), mention.kind(),
                mention.text(), mention.name(), mention.gender(), mention.plural(), synonym, List.of(), mention.role());
        // "un manifestant", "a senior diplomat": someone new, not anyone named before
        boolean indefinite = ctx.lex.indefiniteDeterminers().contains(ctx.tok(m.first()).norm());
        boolean organisation = ctx.lex.isOrganisationHead(m.roleHead());
        boolean document = ctx.lex.documents().contains(m.roleHead());
        if (!m.plural() && !indefinite && organisation) {
            boolean recent = last != null
                    && ctx.doc.paragraphOf(m.first()) - ctx.doc.paragraphOf(Math.max(0, lastToken)) <= 1;
            Speaker body = bodies.organisation(m, recent ? last : null, chain);
            if (body != null) {
                return body;
            }
        }
        if (!m.plural() && document) {
            Speaker issuer = bodies.issuer(m, indefinite, chain, of -> mention(of, of.first()));
            if (issuer != null) {
                return issuer;
            }
        }
        boolean personal = !organisation && !document;
        if (m.kind() == MentionKind.ROLE && !m.plural() && personal && ctx.isAnaphoric(m)) {
            Speaker back = anaphoric(m, chain);
            if (back != null) {
                return back;
            }
        }
        if (m.kind() == MentionKind.ROLE && !m.plural() && !indefinite && personal) {
            List<Entity> holders = registry.withRole(m.roleHead(), m.roleModifiers(), m.first());
            holders.removeIf(h -> !h.gender().compatible(m.gender())); // "le président" is not "la présidente"
            if (synonym != null) {
                // "le chef de l'État" is a president named before, of the country, not "le président de Debout la France"
                holders.removeIf(h -> h.lastBefore(m.first()) < 0);
                holders.sort(java.util.Comparator.comparing(h -> hasComplement(h, m.roleHead())));
            }
            if (!holders.isEmpty()) {
                Entity e = holders.get(0);
                chain.add("holder of the role: '" + e.fullName() + "'");
                return new Speaker(e.fullName(), e, e.gender() != Gender.UNKNOWN ? e.gender() : m.gender(), false,
                        m.role(), chain);
            }
        }
        // "l'ex-secrétaire d'Etat", "l'ancien champion de boxe": a description of someone named shortly before;
        // not "le consulat de France", "l'éditorialiste du Corriere": tied to a named body, it is someone else
        boolean namedBody = !ctx.lex.roles().containsKey(m.roleHead()) && isTiedToNamedBody(m);
        // nor "France's interior minister", whom the possessor already tells apart
        if (m.kind() == MentionKind.ROLE && !m.plural() && !indefinite && personal && !namedBody
                && !ctx.lex.collectives().contains(m.roleHead()) && !ownedByName(m)) {
            Speaker described = describedPerson(m, chain);
            if (described == null && ctx.lex.roles().containsKey(m.roleHead())) {
                described = mainPersonDescribed(m, chain);
            }
            if (described != null) {
                return described;
            }
        }
        // a definite description with an unknown noun ("la magistrate") points back to the last speaker
        if (m.kind() == MentionKind.ROLE && !indefinite && !namedBody && !ctx.lex.isRoleOrCollective(m.roleHead())
                && last != null && last.entity() != null && !isPlace(last) && last.gender().compatible(m.gender())
                && !last.plural()
                && ctx.doc.paragraphOf(m.first()) - ctx.doc.paragraphOf(Math.max(0, lastToken)) <= 1) {
            return extend(last, chain, "definite description of the last speaker");
        }
        if (m.kind() == MentionKind.ROLE && !m.plural() && !indefinite && !ctx.lex.isRoleOrCollective(m.roleHead())) {
            Speaker main = mainPersonDescribed(m, chain);
            if (main != null) {
                return main;
            }
        }
        // an unnamed speaker: the first descriptive mention with the same head stands for all, but
        // two places make two speakers ("la préfecture du Bas-Rhin" is not "la préfecture des
        // Ardennes"), and a group qualified by a place is not the one a bare head names later
        // ("Brussels sources" are not "several sources"), while "le parquet de Paris" is "le parquet"
        String key = m.roleHead() + "|" + String.join(" ", m.roleModifiers());
        boolean placed = placeQualified(m);
        Speaker seen = descriptive.get(key);
        if (seen == null) {
            Speaker bare = descriptive.get(m.roleHead() + "|");
            seen = placed && placedDescriptions.contains(bare) ? null : bare;
        }
        if (seen != null && (m.roleModifiers().isEmpty() || key.startsWith(m.roleHead() + "|"))) {
            if (seen.canonical().toLowerCase(Locale.ROOT).contains(m.roleHead())) {
                return extend(seen, chain, "same as earlier '" + seen.canonical() + "'");
            }
        }
        Speaker s = new Speaker(descriptiveName(m), null, m.gender(), m.plural(), m.role(), chain);
        descriptive.putIfAbsent(key, s);
        if (!placed || !m.plural()) {
            descriptive.putIfAbsent(m.roleHead() + "|", s);
        }
        if (placed) {
            placedDescriptions.add(s);
        }
        return s;
    }

    private boolean isTiedToNamedBody(Mention m) {
        Mention of = ctx.complementOf(m);
        return of != null && of.kind() == MentionKind.NAME;
    }

    /** "the South Carolina senator", "The French president": a place or nationality before the role noun. */
    private boolean placeBeforeRole(Mention m) {
        int head = m.text().toLowerCase(Locale.ROOT).indexOf(m.roleHead());
        if (head <= 0) {
            return false;
        }
        String before = m.text().substring(0, head).strip();
        int space = before.indexOf(' ');
        if (space > 0 && ctx.lex.determiners().containsKey(org.dixit.text.Tokenizer.normalise(before.substring(0, space)))) {
            before = before.substring(space + 1);
        }
        return ctx.lex.places().names().contains(org.dixit.lexicon.Folding.fold(before));
    }

    /** "Brussels sources", "sources in Dublin and Brussels": a description qualified by a place name. */
    private boolean placeQualified(Mention m) {
        List<String> mods = m.roleModifiers();
        for (int i = 0; i < mods.size(); i++) {
            for (int j = i + 1; j <= mods.size() && j - i <= 3; j++) {
                if (ctx.lex.places().names().contains(org.dixit.lexicon.Folding.fold(String.join(" ", mods.subList(i, j))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The person a singular description with no known holder refers back to: the most recently
     * named person of a compatible gender, within a few paragraphs, who holds no other role.
     */
    private Speaker describedPerson(Mention m, List<String> chain) {
        int paragraph = ctx.doc.paragraphOf(m.first());
        for (Entity e : registry.peopleBefore(m.first())) {
            int seen = e.lastNarratedBefore(m.first());
            if (paragraph - ctx.doc.paragraphOf(seen) > MAX_PARAGRAPH_GAP) {
                break;
            }
            if (!e.gender().compatible(m.gender())) {
                continue;
            }
            boolean otherRole = false;
            for (Entity.Role r : e.roles()) {
                otherRole |= !Entity.Role.sameRole(r.head(), m.roleHead());
            }
            if (otherRole) {
                continue;
            }
            // "the Egyptian prime minister", "the French president": a role of some place describes
            // someone named with that role ("US senator Lindsey Graham"), not whoever was named last;
            // "l'ex-président du CPAS de Namur": a person for sure (a given name, an honorific), not
            // any name ("SD Worx")
            if (e.roles().isEmpty() && (placeBeforeRole(m) || e.gender() == Gender.UNKNOWN && placeQualified(m))) {
                continue;
            }
            List<String> all = new ArrayList<>(chain);
            all.add("describes the person named before: '" + e.fullName() + "'");
            return new Speaker(e.fullName(), e, e.gender() != Gender.UNKNOWN ? e.gender() : m.gender(), false,
                    m.role(), all);
        }
        return null;
    }

    /**
     * "l'ancien secrétaire d'Etat", "l'intéressé" paragraphs after the last mention of the person
     * the story is about: the article's main person, if the description fits and names no other role.
     */
    private Speaker mainPersonDescribed(Mention m, List<String> chain) {
        Entity main = registry.mainPerson();
        if (main == null || main.lastBefore(m.first()) < 0 || !main.gender().compatible(m.gender())
                || !main.roles().stream().allMatch(r -> Entity.Role.sameRole(r.head(), m.roleHead()))
                || main.roles().isEmpty() && placeBeforeRole(m)) { // "the US president" is not any main name
            return null;
        }
        List<String> all = new ArrayList<>(chain);
        all.add("describes the article's main person: '" + main.fullName() + "'");
        return new Speaker(main.fullName(), main, main.gender() != Gender.UNKNOWN ? main.gender() : m.gender(),
                false, m.role(), all);
    }

    /** The entity holds the role only with a complement ("président de Debout la France"). */
    private boolean hasComplement(Entity e, String head) {
        for (Entity.Role r : e.roles()) {
            boolean complement = false;
            for (String w : r.text().toLowerCase(Locale.ROOT).split("[\\s']+")) {
                complement |= ctx.lex.roleComplements().contains(w) || ctx.lex.roleComplements().contains(w + "'");
            }
            if (r.sameHead(head) && !complement) {
                return false;
            }
        }
        return true;
    }

    /** "France's interior minister", "Mr Rodrigues's lawyer": the description opens with a possessive name. */
    private boolean ownedByName(Mention m) {
        for (int k = m.first(); k <= m.last(); k++) {
            if (MentionParser.isPossessive(ctx.tok(k)) && ctx.tok(k).capitalized()) {
                return true;
            }
        }
        return false;
    }


    /**
     * A quotation that opens its paragraph right after a paragraph that is the interviewer's
     * question or prompt: no quotation marks, ending with "?" or "…" ("Vous êtes d'accord avec
     * l'analyse de Theo Francken ?", "C'est paradoxal…").
     */
    private boolean answersQuestion(int open) {
        if (open == 0) {
            return false;
        }
        int paragraph = ctx.doc.paragraphOf(open);
        if (ctx.doc.paragraphOf(open - 1) != paragraph - 1 || !ctx.isPunct(open - 1, "?…")) {
            return false;
        }
        for (int k = open - 1; k >= 0 && ctx.doc.paragraphOf(k) == paragraph - 1; k--) {
            if (ctx.tok(k).kind() == org.dixit.text.TokenKind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** The person named last before the article's first interviewer question: whom the interview is with. */
    private Entity interviewee() {
        if (interviewee == null) {
            int firstQuestion = -1;
            for (int k = 1; k < ctx.doc.size() && firstQuestion < 0; k++) {
                if (ctx.tok(k).kind() == org.dixit.text.TokenKind.QUOTE && answersQuestion(k)) {
                    firstQuestion = k;
                }
            }
            int p = firstQuestion < 0 ? -1 : ctx.doc.paragraphOf(firstQuestion) - 1;
            int start = firstQuestion;
            while (start > 0 && ctx.doc.paragraphOf(start - 1) >= p) {
                start--;
            }
            List<Entity> named = firstQuestion < 0 ? List.of() : registry.peopleBefore(start);
            interviewee = java.util.Optional.ofNullable(named.isEmpty() ? null : named.get(0));
        }
        return interviewee.orElse(null);
    }

    /** "cet étudiant", "notre interlocuteur": the last speaker if recent, else the last person named. */
    private Speaker anaphoric(Mention m, List<String> chain) {
        if (last != null && last.entity() != null && last.entity().person() && !last.plural()
                && last.gender().compatible(m.gender())
                && ctx.doc.paragraphOf(m.first()) - ctx.doc.paragraphOf(Math.max(0, lastToken)) <= 2) {
            return extend(last, chain, "points back to the last speaker");
        }
        return lastPersonNamed(m, m.first(), chain);
    }

    /** The mention as written, with a sentence-initial determiner in lower case ("Le parquet" -> "le parquet"). */
    private String descriptiveName(Mention m) {
        String t = m.text();
        if (ctx.lex.determiners().containsKey(ctx.tok(m.first()).norm()) && !t.isEmpty()) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    /**
     * "Nicolas Van Nuffel ne masque pas son optimisme. «En 2009, ...»": the person the sentence
     * before a floating quote is about — its speaker, or its subject when that is a named person or
     * a pronoun that resolves to one — if it is in the same or the previous paragraph.
     */
    private Speaker previousSentencePerson(int sentence, int anchor, List<String> chain) {
        if (sentence == 0) {
            return null;
        }
        int prevSentence = sentence - 1;
        int prevStart = ctx.doc.sentenceStart(prevSentence);
        if (ctx.doc.paragraphOf(anchor) - ctx.doc.paragraphOf(prevStart) > 1) {
            return null;
        }
        Speaker spoke = speakerOfSentence.get(prevSentence);
        if (spoke != null) {
            return extend(spoke, chain, "speaker of the previous sentence");
        }
        Mention subj = ctx.sentenceSubject(prevSentence);
        if (subj == null || subj.plural()) {
            return null;
        }
        if (subj.kind() == MentionKind.NAME) {
            Speaker s = name(subj);
            if (s.entity() != null && s.entity().person()) {
                return extend(s, chain, "subject of the previous sentence '" + subj.text() + "'");
            }
        } else if (subj.kind() == MentionKind.PRONOUN && !subj.text().equalsIgnoreCase("on")) {
            return pronoun(subj, subj.first());
        }
        return null;
    }

    /** Floating quotes and subjectless participles: the speaker of the surrounding discourse. */
    private Speaker inherited(Candidate c) {
        int sentence = ctx.doc.sentenceOf(c.anchor());
        List<String> chain = new ArrayList<>();
        chain.add(c.cue() == null ? "no cue: continues the discourse" : "participle: shares the clause's subject");
        if (c.cue() == null && answersQuestion(c.anchor())) {
            Entity interviewee = interviewee();
            if (interviewee != null) {
                chain.add("answer to the interviewer's question: '" + interviewee.fullName() + "'");
                return new Speaker(interviewee.fullName(), interviewee, interviewee.gender(), false, null, chain);
            }
        }
        Speaker own = speakerOfSentence.get(sentence);
        if (own != null) {
            return extend(own, chain, "speaker of the same sentence");
        }
        Mention subj = ctx.sentenceSubject(sentence);
        if (subj != null && subj.first() < c.anchor() && subj.kind() != MentionKind.PRONOUN) {
            Speaker s = subj.kind() == MentionKind.NAME ? name(subj) : role(subj);
            if (s != null) {
                return extend(s, chain, "subject of the sentence '" + subj.text() + "'");
            }
        }
        if (subj != null && subj.kind() == MentionKind.PRONOUN && subj.first() < c.anchor()) {
            Speaker s = pronoun(subj, subj.first());
            if (s != null) {
                return s;
            }
        }
        Speaker previous = previousSentencePerson(sentence, c.anchor(), chain);
        if (previous != null) {
            return previous;
        }
        if (last != null && ctx.doc.paragraphOf(c.anchor()) - ctx.doc.paragraphOf(Math.max(0, lastToken)) <= 1) {
            return extend(last, chain, "last speaker");
        }
        if (c.cue() == null && sentence > 0) {
            // a floating quote right after a sentence that names its speaker
            Mention prev = ctx.sentenceSubject(sentence - 1);
            if (prev != null && (prev.kind() == MentionKind.NAME || prev.kind() == MentionKind.ROLE) && !prev.plural()
                    && !ctx.isPlace(prev)) {
                Speaker s = prev.kind() == MentionKind.NAME ? name(prev) : role(prev);
                return extend(s, chain, "subject of the previous sentence '" + prev.text() + "'");
            }
        }
        return null;
    }
}
