package org.dixit.extract;

import java.util.List;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.Lexicon;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * One article being analysed: the document, its quote spans, and the syntactic helpers the rules
 * share (finding a cue's subject before or after it, where reported content ends).
 */
final class Context {
    private static final int MAX_PP_TOKENS = 4;
    /** A noun phrase read back from a place to the start of its clause has at most this many words before the place's preposition. */
    private static final int MAX_PHRASE_TOKENS = 8;
    final TextAnalysis doc;
    final Lexicon lex;
    final Grammar grammar;
    final MentionParser mentions;
    final CueParser cues;
    final List<QuoteSpan> quotes;
    private final int[] nextCueStart;

    private final java.util.Map<String, Boolean> placeNames = new java.util.HashMap<>();
    /** Tokens inside a quotation, marked on first use. */
    private boolean[] quoted;

    Context(TextAnalysis doc, Lexicon lex, Grammar grammar, MentionParser mentions, CueParser cues,
            List<QuoteSpan> quotes) {
        this.doc = doc;
        this.lex = lex;
        this.grammar = grammar;
        this.mentions = mentions;
        this.cues = cues;
        this.quotes = quotes;
        this.nextCueStart = new int[doc.size() + 1];
        nextCueStart[doc.size()] = doc.size();
        for (int i = doc.size() - 1; i >= 0; i--) {
            nextCueStart[i] = doc.has(i, WordClasses.CUE_START) ? i : nextCueStart[i + 1];
        }
    }

    /**
     * The first token at or after {@code i} that a cue can start with, or the document size: a rule
     * that needs a cue before some limit gives up at once when there is none (most commas).
     */
    int nextCueStart(int i) {
        return nextCueStart[Math.min(i, nextCueStart.length - 1)];
    }

    Token tok(int i) {
        return doc.token(i);
    }

    int sentStart(int token) {
        return doc.sentenceStart(doc.sentenceOf(token));
    }

    int sentEnd(int token) {
        return doc.sentenceEnd(doc.sentenceOf(token));
    }

    boolean isPunct(int i, String chars) {
        Token t = doc.token(i);
        return t.kind() == TokenKind.PUNCT && chars.indexOf(t.text().charAt(0)) >= 0;
    }

    /** The speaker noun phrase after a cue ("a déclaré [vendredi] [à l'AFP] M. Tokaïev"). */
    Mention subjectAfter(int k, int limit) {
        int guard = 0;
        while (k < limit && guard++ < 6) {
            Token t = doc.token(k);
            Mention anaphoric = anaphoricDescription(k, limit);
            if (anaphoric != null) {
                return anaphoric;
            }
            if (t.is(',')) {
                // "s'était interrogée, la secrétaire d'Etat à l'Egalité (...), Marlène Schiappa"
                Mention afterComma = mentions.parse(doc, k + 1, limit);
                if (afterComma != null && (afterComma.kind() == MentionKind.NAME
                        || afterComma.kind() == MentionKind.ROLE && lex.roles().containsKey(afterComma.roleHead()))) {
                    Mention holder = holderAfterRole(afterComma, limit);
                    return holder != null ? holder : withApposition(afterComma, limit);
                }
                // "a répondu, comme d'autres, X": a short parenthetical between commas
                int close = k + 1;
                while (close < limit && close - k <= 6 && !doc.token(close).is(',')) {
                    close++;
                }
                if (close >= limit || !doc.token(close).is(',') || close == k + 1) {
                    break;
                }
                k = close + 1;
            } else if (t.isWord() && lex.adverbs().contains(t.norm()) && !lex.determiners().containsKey(t.norm())) {
                k++;
            } else if (t.isWord() && isPreposition(t.norm()) && !t.norm().equals("selon")) {
                k = skipPrepositionalPhrase(k, limit);
            } else {
                break;
            }
        }
        Mention m = mentions.parse(doc, k, limit);
        if (m == null) {
            m = definiteDescription(k, limit);
            return m;
        }
        Mention holder = holderAfterRole(m, limit);
        return holder != null ? holder : withApposition(m, limit);
    }

    /**
     * The subject of a participle in an absolute construction: "…, le Premier ministre Edouard Philippe
     * assurant toutefois que …". The noun phrase must open its comma-delimited segment and end right
     * before the participle; else null (the participle then shares the sentence's subject).
     */
    Mention absoluteSubject(int participle, int floor) {
        int verb = participle;
        while (verb > floor && doc.token(verb - 1).isWord() && lex.adverbs().contains(doc.token(verb - 1).norm())) {
            verb--; // "Abdulla al-Naqbi, also saying"
        }
        int seg = segmentStart(verb, floor);
        Mention m = seg < verb ? mentions.parse(doc, seg, verb) : null;
        if (m == null && seg + 1 < verb && lex.prepositions().contains(doc.token(seg).norm())) {
            m = mentions.parse(doc, seg + 1, verb); // "with Mrs May adding later that"
        }
        if (m == null && seg == verb && verb - 1 > floor) {
            // "with the head of its legal department, Abdulla al-Naqbi, also saying": the name in
            // apposition to the noun phrase that the preposition opens
            int name = segmentStart(verb - 1, floor);
            int opener = segmentStart(name - 1, floor);
            if (name > floor && opener < name - 1 && lex.prepositions().contains(doc.token(opener).norm())) {
                Mention n = mentions.parse(doc, name, verb - 1);
                if (n != null && n.kind() == MentionKind.NAME && n.last() + 2 == verb) {
                    return n;
                }
            }
        }
        if (m == null || m.last() + 1 != verb
                || m.kind() != MentionKind.NAME && m.kind() != MentionKind.ROLE) {
            return null;
        }
        return m;
    }

    /** First token of the comma-delimited segment that ends right before {@code end}. */
    private int segmentStart(int end, int floor) {
        int seg = end;
        while (seg > floor && !doc.token(seg - 1).is(',')) {
            seg--;
        }
        return seg;
    }

    /**
     * The person named after a role phrase and its complement, past a comma: "la secrétaire d'Etat
     * à l'Egalité entre les femmes et les hommes, Marlène Schiappa", "la porte-parole de la zone de
     * police Bruxelles Capitale-Ixelles, Ilse Van de Keere" (a place name, not the person, follows
     * the role there). The name must close the clause. Null when there is no such name.
     */
    private Mention holderAfterRole(Mention m, int limit) {
        boolean role = m.kind() == MentionKind.ROLE && lex.roles().containsKey(m.roleHead());
        // a name read right after the role that is not a person's (no given name) may be the complement's
        boolean placeAfterRole = m.kind() == MentionKind.NAME && m.roleHead() != null
                && lex.roles().containsKey(m.roleHead()) && !doc.has(nameStart(m), WordClasses.FIRST_NAME);
        if (!role && !placeAfterRole) {
            return null;
        }
        int k = m.last() + 1;
        int words = 0;
        while (k < limit && words < 10 && !doc.token(k).is(',')) {
            if (!doc.token(k).isWord() || doc.has(k, WordClasses.CUE_START)) {
                return null;
            }
            k++;
            words++;
        }
        if (k + 1 >= limit || !doc.token(k).is(',')) {
            return null;
        }
        Mention name = mentions.parse(doc, k + 1, limit);
        boolean titled = name != null && name.roleHead() != null && !doc.has(name.first(), WordClasses.HONORIFIC)
                && !doc.has(name.first(), WordClasses.HONORIFIC_BEFORE_PERIOD); // "Me Luciani" keeps its honorific's role
        if (name == null || name.kind() != MentionKind.NAME || titled
                || placeAfterRole && !doc.has(nameStart(name), WordClasses.FIRST_NAME)) {
            return null;
        }
        int after = name.last() + 1;
        if (after < limit && !isPunct(after, ".,;!?…") && doc.token(after).kind() != TokenKind.QUOTE) {
            return null;
        }
        Mention roleOnly = new Mention(m.first(), m.last(), MentionKind.ROLE, m.text(), null, m.gender(), false,
                m.roleHead(), m.roleModifiers(), m.role());
        return name.withRole(roleOnly);
    }

    /** First token of the proper name inside a name mention (after any determiner, honorific or role). */
    private int nameStart(Mention m) {
        int i = m.last();
        String name = m.name();
        while (i > m.first() && doc.token(i - 1).end() > doc.token(m.last()).end() - name.length()) {
            i--;
        }
        return i;
    }

    /**
     * "ajoute cet étudiant", "peste ce Franco-Algérien de 41 ans", "explique notre interlocuteur":
     * a demonstrative or possessive noun phrase after a cue points back to someone in the text
     * ({@link Attribution} decides who). "ce matin", "cette semaine" are times, not speakers.
     */
    Mention anaphoricDescription(int k, int limit) {
        if (k + 1 >= limit) {
            return null;
        }
        org.dixit.lexicon.Agreement a = lex.anaphoricDeterminers().get(doc.token(k).norm());
        Token noun = doc.token(k + 1);
        if (a == null || !noun.isWord() || lex.timeNouns().contains(noun.norm())
                || lex.prepositions().contains(noun.norm()) || lex.speechVerbs().containsKey(noun.norm())
                || lex.auxiliaries().containsKey(noun.norm()) || lex.determiners().containsKey(noun.norm())) {
            return null;
        }
        org.dixit.lexicon.Gender g = a.gender() != org.dixit.lexicon.Gender.UNKNOWN ? a.gender()
                : lex.roles().getOrDefault(noun.norm(), org.dixit.lexicon.Gender.UNKNOWN);
        return new Mention(k, k + 1, MentionKind.ROLE, doc.span(k, k + 1), null, g, a.plural(), noun.norm(),
                java.util.List.of(), noun.text());
    }

    /**
     * The noun phrase in a description's complement: "la préfecture" in "le communiqué de la
     * préfecture", "Corriere della Sera" in "l'éditorialiste du Corriere della Sera"; or null.
     */
    Mention complementOf(Mention m) {
        for (int j = m.first() + 1; j < m.last(); j++) {
            if (doc.has(j, WordClasses.ROLE_COMPLEMENT)) {
                Mention of = mentions.parse(doc, j + 1, m.last() + 1);
                return of != null && of.last() == m.last() ? of : null;
            }
        }
        return null;
    }

    /**
     * The document a report was made through, in the sentence of token {@code k} outside quotations:
     * "a indiqué Leetchi dans un communiqué", "said in a statement" give "communiqué", "statement";
     * else null.
     */
    String documentAdjunct(int k) {
        int end = sentEnd(k);
        for (int i = sentStart(k) + 2; i < end; i++) {
            Token t = doc.token(i);
            if (doc.has(i - 1, WordClasses.DETERMINER) && t.isWord() && lex.documents().contains(t.norm())
                    && lex.adjunctOpeners().contains(doc.token(i - 2).norm()) && !insideQuote(i)) {
                return t.norm();
            }
        }
        return null;
    }

    /** True if the mention opens with a demonstrative or possessive that points back ("cet étudiant"). */
    boolean isAnaphoric(Mention m) {
        return lex.anaphoricDeterminers().containsKey(doc.token(m.first()).norm());
    }

    /**
     * "a ajouté la magistrate", "a poursuivi le quinquagénaire": a definite noun phrase whose noun is
     * not a known role, in subject position after a cue. It usually refers back to a speaker already
     * named; {@link Attribution} decides.
     */
    private Mention definiteDescription(int k, int limit) {
        if (k + 1 >= limit) {
            return null;
        }
        String det = doc.token(k).norm();
        if (!(det.equals("le") || det.equals("la") || det.equals("l'"))) {
            return null;
        }
        Token noun = doc.token(k + 1);
        if (!noun.isWord() || noun.capitalized() || lex.prepositions().contains(noun.norm())
                || lex.speechVerbs().containsKey(noun.norm()) || lex.auxiliaries().containsKey(noun.norm())) {
            return null;
        }
        org.dixit.lexicon.Gender g = det.equals("le") ? org.dixit.lexicon.Gender.MALE
                : det.equals("la") ? org.dixit.lexicon.Gender.FEMALE : org.dixit.lexicon.Gender.UNKNOWN;
        int last = k + 1;
        java.util.List<String> mods = new java.util.ArrayList<>();
        // "l'éditorialiste du Corriere della Sera": a named body completes the description
        if (k + 3 < limit && doc.has(k + 2, WordClasses.ROLE_COMPLEMENT)) {
            int o = doc.has(k + 3, WordClasses.DETERMINER) && k + 4 < limit ? k + 4 : k + 3;
            int end = mentions.nameEnd(doc, o, limit);
            for (int f = o + 1; f <= end; f++) {
                if (doc.has(f, WordClasses.FIRST_NAME)) {
                    end = f - 1; // "la vice-procureure d'Avignon Caroline Armand": the person's name
                    break;
                }
            }
            if (end >= o && !doc.has(o, WordClasses.FIRST_NAME)) {
                for (int j = o; j <= end; j++) {
                    mods.add(doc.token(j).norm());
                }
                last = end;
            }
        }
        Mention description = new Mention(k, last, MentionKind.ROLE, doc.span(k, last), null, g, false,
                noun.norm(), mods, doc.span(k + 1, last));
        // "le géographe Christophe Guilluy": the description is the title of the person named next
        int end = last + 1 < limit ? mentions.nameEnd(doc, last + 1, limit) : -1;
        if (end >= last + 1) {
            org.dixit.lexicon.Gender ng = doc.has(last + 1, WordClasses.FIRST_NAME)
                    ? lex.firstNames().get(doc.token(last + 1).text()) : org.dixit.lexicon.Gender.UNKNOWN;
            return new Mention(k, end, MentionKind.NAME, doc.span(k, end), doc.span(last + 1, end), ng, false, null,
                    java.util.List.of(), null).withRole(description);
        }
        return description;
    }

    /** A word opening an adjunct between a cue and its subject ("lors", "à", "lundi"). */
    private boolean isPreposition(String n) {
        return lex.adjunctOpeners().contains(n);
    }

    /** Skips "à l'AFP", "lors d'une allocution télévisée", "dans un communiqué" (bounded). */
    private int skipPrepositionalPhrase(int k, int limit) {
        int start = k;
        k++;
        if (k < limit && (doc.token(k).norm().equals("de") || doc.token(k).norm().equals("d'")
                || doc.token(k).norm().equals("du"))) {
            k++;
        }
        if (k < limit && doc.has(k, WordClasses.DETERMINER)) {
            k++;
        }
        if (k < limit && MentionParser.isNameStart(doc, k)) {
            int end = mentions.nameEnd(doc, k, limit);
            // "à l'AFP Serge": a proper-name object is one token unless it is a known multi-word outlet
            return k + 1 + (end > k && isOutletWord(doc.token(k + 1)) ? 1 : 0);
        }
        int n = 0;
        while (k < limit && n < MAX_PP_TOKENS && doc.token(k).isWord() && !doc.token(k).capitalized()
                && !lex.determiners().containsKey(doc.token(k).norm())
                && lex.honorifics().get(doc.token(k).text()) == null) {
            k++;
            n++;
        }
        return Math.max(k, start + 1);
    }

    private boolean isOutletWord(Token t) {
        return t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)) && t.text().length() <= 5;
    }

    /** Adds a role from an apposition after a name: "Serge, 73 ans", "Christophe Castaner, ministre de l'Intérieur,". */
    Mention withApposition(Mention m, int limit) {
        int k = m.last() + 1;
        if (m.kind() != MentionKind.NAME || k + 1 >= limit || !doc.token(k).is(',')) {
            return m;
        }
        Mention role = mentions.parseBareRole(doc, k + 1, limit);
        if (role == null) {
            Mention det = mentions.parse(doc, k + 1, limit);
            // "Leetchi, la plateforme de dons": an organisation's kind is its role
            role = det != null && (det.kind() == MentionKind.ROLE || det.kind() == MentionKind.GROUP
                    && !det.plural() && lex.isOrganisationHead(det.roleHead())) ? det : null;
        }
        return role != null ? m.withRole(role) : m;
    }

    /**
     * The subject of a verb group starting at {@code verb}: the noun phrase right before it, past
     * an apposition or an incise between commas ("Le parquet, dans un communiqué, a indiqué"), or the
     * antecedent of a relative pronoun ("M. X, qui a estimé").
     */
    Mention subjectBefore(int verb, int floor) {
        int end = verb - 1;
        while (end >= floor && isPunctOrAdverb(end)) {
            if (doc.token(end).is(',')) {
                break;
            }
            end--;
        }
        if (end < floor) {
            return null;
        }
        if (doc.token(end).isWord() && grammar.relativeSubjects().contains(doc.token(end).norm())) {
            end--;
            if (end >= floor && doc.token(end).is(',')) {
                end--;
            }
            return nounPhraseEndingAt(end, floor);
        }
        if (doc.token(end).is(',')) {
            // apposition or incise between commas
            int comma = end;
            int open = comma - 1;
            while (open >= floor && !doc.token(open).is(',')) {
                open--;
            }
            int segStart = open + 1;
            Token first = segStart < comma ? doc.token(segStart) : null;
            if (first != null && first.isWord() && (isPreposition(first.norm()) || lex.prepositions().contains(first.norm())
                    || lex.adverbs().contains(first.norm()))) {
                return open >= floor ? subjectBefore(open, floor) : null; // incise: look further back
            }
            // the whole segment must be the noun phrase; else it is an apposition ("owner of two shops in Paris")
            Mention seg = mentions.parse(doc, segStart, comma);
            if (seg == null || seg.last() != comma - 1) {
                seg = mentions.parseBareRole(doc, segStart, comma);
                if (seg != null && seg.last() != comma - 1) {
                    seg = null;
                }
            }
            if (seg != null && open >= floor) {
                Mention before = nounPhraseEndingAt(open - 1, floor);
                if (seg.kind() == MentionKind.NAME && before != null && before.kind() == MentionKind.ROLE) {
                    return seg.withRole(before);
                }
                if (seg.kind() == MentionKind.ROLE && before != null && before.kind() == MentionKind.NAME) {
                    return before.withRole(seg);
                }
            }
            if (seg == null && open >= floor) {
                // "Serge, 73 ans, a dit": skip a non-mention apposition
                Mention before = nounPhraseEndingAt(open - 1, floor);
                if (before != null) {
                    Mention role = mentions.parseBareRole(doc, segStart, comma);
                    return role != null ? before.withRole(role) : before;
                }
            }
            return seg;
        }
        Mention m = nounPhraseEndingAt(end, floor);
        if (m != null && m.kind() == MentionKind.PRONOUN && m.last() == verb - 1
                && grammar.objectClitics().contains(doc.token(m.first()).norm())) {
            return null; // "lui ont répondu": the clitic is the verb's object; the subject comes after
        }
        return m;
    }

    private boolean isPunctOrAdverb(int i) {
        Token t = doc.token(i);
        return (t.kind() == TokenKind.PUNCT && t.is(',')) || (t.isWord() && lex.adverbs().contains(t.norm())
                && !lex.determiners().containsKey(t.norm()) && !t.capitalized());
    }

    /** The longest mention that ends exactly at token {@code end} and starts at or after {@code floor}. */
    Mention nounPhraseEndingAt(int end, int floor) {
        int lo = Math.max(floor, end - 12);
        for (int j = lo; j <= end; j++) {
            Mention m = mentions.parse(doc, j, end + 1);
            if (m != null && m.last() == end) {
                int preposition = governingPreposition(m, floor);
                if (preposition >= 0) {
                    return headBeforePlace(m, preposition, floor);
                }
                Mention organisation = nameEndingWithPlace(m, floor);
                return organisation != null ? organisation : m;
            }
        }
        return null;
    }

    /**
     * "sources in Dublin and Brussels said", "les élus reçus à Matignon jeudi avaient réclamé": a
     * place after a preposition is the object of the preposition, not the subject of the verb. The
     * index of that preposition (past places joined by "and" or commas), or -1 when the mention is
     * no place or no preposition governs it.
     */
    private int governingPreposition(Mention m, int floor) {
        if (m.kind() != MentionKind.NAME || m.roleHead() != null || m.first() <= floor || !isPlace(m)) {
            return -1;
        }
        int k = m.first() - 1;
        while (k > floor && (doc.token(k).is(',') || doc.token(k).isWord() && lex.conjunctions().contains(doc.token(k).norm()))) {
            int before = placeEndingAt(k - 1, floor);
            if (before < 0) {
                break;
            }
            k = before - 1;
        }
        if (k < floor || !doc.token(k).isWord()) {
            return -1;
        }
        String n = doc.token(k).norm();
        boolean preposition = lex.placePrepositions().contains(n) || lex.roleComplements().contains(n)
                || lex.adjunctOpeners().contains(n) && lex.prepositions().contains(n);
        return preposition ? k : -1;
    }

    /**
     * "Santé publique France avait indiqué": a capitalised word and a lower-case qualifier before a
     * place, in subject position, name an institution; the place alone is not the subject (nor is
     * the first word, which names nothing on its own). Null when the mention is no bare place or
     * nothing of the kind comes before it.
     */
    private Mention nameEndingWithPlace(Mention m, int floor) {
        int qualifier = m.first() - 1;
        int head = m.first() - 2;
        if (m.kind() != MentionKind.NAME || m.roleHead() != null || !m.text().equals(m.name()) || head < floor
                || !mentions.isModifier(doc, qualifier) || !MentionParser.isNameStart(doc, head)
                || doc.has(head, WordClasses.FIRST_NAME) || doc.has(head, WordClasses.ROLE_OR_COLLECTIVE)
                || head > floor && doc.token(head - 1).isWord() && doc.token(head - 1).capitalized() || !isPlace(m)) {
            return null;
        }
        List<String> qualifiers = new java.util.ArrayList<>();
        for (int k = qualifier; k <= m.last(); k++) {
            qualifiers.add(doc.token(k).norm());
        }
        return new Mention(head, m.last(), MentionKind.GROUP, doc.span(head, m.last()), null,
                org.dixit.lexicon.Gender.UNKNOWN, false, doc.token(head).norm(), qualifiers, null);
    }

    /**
     * "Senior political and official sources in Dublin and Brussels said", "Leading CDU figures in
     * Hamburg conceded": the words from the start of the clause to the place, when they can only be
     * a noun phrase (a few words, no verb, pronoun or conjunction of clauses), stand for the speaker
     * as written. Null otherwise.
     */
    private Mention phraseBeforePlace(Mention place, int preposition, int floor) {
        int start = preposition;
        while (start > floor && doc.token(start - 1).isWord() && preposition - start < MAX_PHRASE_TOKENS) {
            start--;
        }
        if (start == preposition || start > floor && doc.token(start - 1).isWord()) {
            return null; // nothing before the preposition, or too long to be one noun phrase
        }
        if (doc.token(start).isWord() && lex.conjunctions().contains(doc.token(start).norm())) {
            start++; // "But senior sources in Brussels said"
        }
        if (start >= preposition) {
            return null;
        }
        // it opens like a noun phrase: a determiner, or a capitalised word that is no adverbial ("Samedi")
        Token first = doc.token(start);
        if (!doc.has(start, WordClasses.DETERMINER) && (!first.capitalized() || isIntroWord(first.norm())
                || lex.timeNouns().contains(first.norm()) || lex.prepositions().contains(first.norm()))) {
            return null;
        }
        for (int k = start; k < preposition; k++) {
            if (doc.has(k, WordClasses.CUE_START) || doc.has(k, WordClasses.COMPLEMENTIZER)
                    || doc.has(k, WordClasses.PRONOUN_START) || grammar.relativeSubjects().contains(doc.token(k).norm())) {
                return null;
            }
        }
        Token head = doc.token(preposition - 1);
        if (head.capitalized() || lex.prepositions().contains(head.norm())) {
            return null;
        }
        List<String> mods = new java.util.ArrayList<>();
        for (int k = start; k <= place.last(); k++) {
            if (k != preposition - 1 && doc.token(k).isWord()) {
                mods.add(doc.token(k).norm());
            }
        }
        boolean plural = head.norm().endsWith("s") || head.norm().endsWith("x");
        return new Mention(start, place.last(), MentionKind.GROUP, doc.span(start, place.last()), null,
                org.dixit.lexicon.Gender.UNKNOWN, plural, head.norm(), mods, null);
    }

    /** First token of a place name ending at token {@code end} ("Dublin" in "in Dublin and"), or -1. */
    private int placeEndingAt(int end, int floor) {
        for (int j = Math.max(floor, end - 4); j <= end; j++) {
            Mention m = mentions.parse(doc, j, end + 1);
            if (m != null && m.last() == end && m.kind() == MentionKind.NAME && m.roleHead() == null && isPlace(m)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A name mention that is a known place or venue ("Saudi Arabia", "l'Espace Anjou"), unless a
     * given name or an honorific makes it a person's ("Nancy" the given name, not the city). A role
     * read before it does not: "cet artiste plasticien rallie Paris" names no person called Paris.
     */
    boolean isPlace(Mention m) {
        if (m.name() == null || m.name().isEmpty() || !isPlaceName(m.name())) {
            return false;
        }
        int space = m.name().indexOf(' ');
        String first = space > 0 ? m.name().substring(0, space) : m.name();
        boolean personal = lex.firstNames().containsKey(first) || doc.has(m.first(), WordClasses.HONORIFIC)
                || doc.has(m.first(), WordClasses.HONORIFIC_BEFORE_PERIOD);
        return !personal;
    }

    /** {@link org.dixit.lexicon.Places#isPlace}, remembered per name: an article names the same places again and again. */
    boolean isPlaceName(String name) {
        Boolean known = placeNames.get(name);
        if (known == null) {
            known = lex.places().isPlace(name);
            placeNames.put(name, known);
        }
        return known;
    }

    /**
     * The noun phrase a prepositional place belongs to: "sources" in "sources in Dublin and
     * Brussels", which then reads to the end of the place ("sources in Dublin and Brussels"); null
     * when no noun phrase ends before the preposition ("reçus à Matignon").
     */
    private Mention headBeforePlace(Mention place, int preposition, int floor) {
        Mention phrase = phraseBeforePlace(place, preposition, floor);
        if (phrase != null) {
            return phrase;
        }
        Mention head = preposition - 1 >= floor ? nounPhraseEndingAt(preposition - 1, floor) : null;
        if (head == null || head.kind() == MentionKind.NAME || head.kind() == MentionKind.PRONOUN) {
            return head;
        }
        List<String> mods = new java.util.ArrayList<>(head.roleModifiers());
        for (int k = preposition + 1; k <= place.last(); k++) {
            if (doc.token(k).isWord()) {
                mods.add(doc.token(k).norm());
            }
        }
        String role = head.role() == null ? null
                : head.role() + doc.text().substring(doc.token(head.last()).end(), doc.token(place.last()).end());
        return new Mention(head.first(), place.last(), head.kind(), doc.span(head.first(), place.last()), null,
                head.gender(), head.plural(), head.roleHead(), mods, role);
    }

    /**
     * The subject at the start of a sentence, past introductory adverbials ("Vendredi,", "Dans un
     * communiqué,", "Mais"), with a role from an apposition ("Le président du Kazakhstan,
     * Kassym-Jomart Tokaïev, a rejeté").
     */
    Mention sentenceSubject(int sentence) {
        int s = doc.sentenceStart(sentence);
        int e = doc.sentenceEnd(sentence);
        int k = s;
        if (k < e && doc.token(k).isWord() && (isIntroWord(doc.token(k).norm()) || isParticipleIntro(doc.token(k)))) {
            int comma = k;
            while (comma < e && comma - k < 8 && !doc.token(comma).is(',')) {
                comma++;
            }
            k = comma < e && doc.token(comma).is(',') ? comma + 1 : k + 1;
        }
        if (k < e && doc.token(k).kind() == TokenKind.QUOTE || insideQuote(k)) {
            return null;
        }
        Mention m = mentions.parse(doc, k, e);
        if (m == null) {
            return nameAfterOpeningPhrase(k, e);
        }
        int after = m.last() + 1;
        if (after + 1 < e && doc.token(after).is(',')) {
            Mention app = mentions.parse(doc, after + 1, e);
            if (app == null) {
                app = mentions.parseBareRole(doc, after + 1, e);
            }
            if (app != null && app.last() + 1 < e && doc.token(app.last() + 1).is(',')) {
                if (m.kind() == MentionKind.ROLE && app.kind() == MentionKind.NAME) {
                    return app.withRole(m);
                }
                if (m.kind() == MentionKind.NAME && app.kind() == MentionKind.ROLE) {
                    return m.withRole(app);
                }
            }
        }
        return m;
    }

    /**
     * "Président de la Coalition Climat, à l'origine de la marche, Nicolas Van Nuffel ne masque pas":
     * a sentence that opens with a descriptive phrase between commas; its subject is the name (or
     * pronoun) right after one of the first two commas, followed by a lower-case word.
     */
    private Mention nameAfterOpeningPhrase(int k, int e) {
        int commas = 0;
        for (int j = k; j < e && j - k < 30 && commas < 2; j++) {
            if (!doc.token(j).is(',')) {
                continue;
            }
            commas++;
            Mention m = mentions.parse(doc, j + 1, e);
            if (m != null && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.PRONOUN) && m.last() + 1 < e
                    && doc.token(m.last() + 1).isWord() && !doc.token(m.last() + 1).capitalized()) {
                if (m.kind() == MentionKind.NAME) {
                    Mention role = mentions.parseBareRole(doc, k, j);
                    return role != null ? m.withRole(role) : m;
                }
                return m;
            }
        }
        return null;
    }

    /** "Interrogé par France Info, il précise": a participle opening the sentence is not its subject. */
    private boolean isParticipleIntro(Token t) {
        String n = t.norm();
        return !lex.firstNames().containsKey(t.text()) && lex.endsLikeParticiple(n);
    }

    /**
     * A word that opens an introductory adverbial. Not a "selon" marker: "Pour le conseil, un «torrent
     * de preuves» accable l'accusé" is an attribution, and what follows its comma no sentence topic.
     */
    private boolean isIntroWord(String n) {
        return isPreposition(n) && !lex.selonMarkers().contains(n) || lex.adverbs().contains(n)
                || lex.conjunctions().contains(n);
    }

    /**
     * Where reported content starting at {@code from} ends: the sentence end, or before a
     * trailing incise (", a-t-il ajouté", ", selon X") or a participial cue that starts a new report.
     * Returns the exclusive end token.
     */
    int clauseEnd(int from, int limit) {
        int depth = 0;
        for (int k = from; k < limit; k++) {
            Token t = doc.token(k);
            if (t.kind() == TokenKind.QUOTE) {
                depth ^= 1;
                continue;
            }
            if (depth == 0 && (t.is(',') || t.is('(') || t.is('—')) && k + 1 < limit) {
                Token nx = doc.token(k + 1);
                if (nx.isWord() && lex.selonMarkers().contains(nx.norm()) && !nx.norm().equals("pour")) {
                    return k;
                }
                if (nx.norm().equals("d'") && k + 2 < limit && doc.token(k + 2).norm().equals("après")) {
                    return k;
                }
                Cue c = cues.parse(doc, k + 1, limit);
                if (c != null && (c.inversion() >= 0 || c.kind() == CueKind.PARTICIPLE
                        || subjectAfter(c.last() + 1, limit) != null)) {
                    return k;
                }
            }
        }
        int end = limit;
        while (end > from && isPunct(end - 1, ".!?…;:")) {
            end--;
        }
        return end;
    }

    /** True if token {@code k} lies inside a quotation. */
    boolean insideQuote(int k) {
        if (quoted == null) {
            // asked for most name mentions: marked once per article instead of reading every quotation each time
            quoted = new boolean[doc.size()];
            for (QuoteSpan q : quotes) {
                for (int i = Math.max(0, q.first()); i <= q.last() && i < quoted.length; i++) {
                    quoted[i] = true;
                }
            }
        }
        return k >= 0 && k < quoted.length && quoted[k];
    }

    /** True if the tokens contain a quotation mark. */
    boolean hasQuote(int from, int toExclusive) {
        for (int k = from; k < toExclusive; k++) {
            if (doc.token(k).kind() == TokenKind.QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** The quote span whose opening mark is token {@code open}, or null. */
    QuoteSpan quoteOpenedAt(int open) {
        for (QuoteSpan q : quotes) {
            if (q.open() == open) {
                return q;
            }
        }
        return null;
    }
}
