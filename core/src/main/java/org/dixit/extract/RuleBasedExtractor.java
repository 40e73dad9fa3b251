package org.dixit.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dixit.coref.Entity;
import org.dixit.coref.EntityRegistry;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.Gender;
import org.dixit.lexicon.Lexicon;
import org.dixit.lexicon.LexiconLoader;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.text.CodePoints;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Tokenizer;

/**
 * The extraction engine for one language: tokenize and segment, pair quotation marks, run the
 * quote rules, keep the best of overlapping candidates, resolve speakers, and emit quotes with
 * their evidence. Immutable and thread-safe; all per-article state lives in local objects.
 */
public final class RuleBasedExtractor implements QuoteExtractor {
    private final Grammar grammar;
    private final Lexicon lex;
    private final Tokenizer tokenizer;
    private final MentionParser mentions;
    private final CueParser cues;
    private final QuoteMarks marks;
    private final WordClasses wordClasses;
    private final List<Rule> rules;

    /** Loads the grammar's lexicon and builds the engine. */
    public RuleBasedExtractor(Grammar grammar) {
        this(grammar, new LexiconLoader(grammar).load());
    }

    public RuleBasedExtractor(Grammar grammar, Lexicon lex) {
        this.grammar = grammar;
        this.lex = lex;
        this.tokenizer = new Tokenizer(lex.elisions(), lex.inversions().keySet());
        this.mentions = new MentionParser(lex);
        this.cues = new CueParser(lex, grammar);
        this.marks = new QuoteMarks(lex.quotePairs());
        this.wordClasses = new WordClasses(lex, grammar);
        this.rules = List.of(new DirectQuoteRule(), new SelonRule(), new ComplementClauseRule(),
                new InciseClauseRule(), new BareClauseRule(), new FragmentRule());
    }

    /** The language this engine reads. */
    public String language() {
        return grammar.language();
    }

    @Override
    public ArticleQuotes extract(Article article) {
        String text = article.text();
        TextAnalysis doc = TextAnalysis.of(text, tokenizer, lex.abbreviations(), wordClasses);
        Context ctx = new Context(doc, lex, grammar, mentions, cues, marks.find(doc));
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            rule.apply(ctx, candidates);
        }
        List<Candidate> kept = resolveOverlaps(candidates);
        EntityRegistry registry = registry(ctx);
        Attribution attribution = new Attribution(ctx, registry);
        CodePoints cp = new CodePoints(text);
        List<Speaker> speakers = new ArrayList<>();
        for (Candidate c : kept) {
            speakers.add(attribution.resolve(c));
        }
        Set<String> cued = new HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            if (speakers.get(i) != null && kept.get(i).cue() != null) {
                cued.add(speakers.get(i).canonical());
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            Speaker s = speakers.get(i);
            if (c.rule().equals("mixed.subject-fragment") && (s == null || !cued.contains(s.canonical()))) {
                continue; // a fragment is someone's words only if that someone speaks in the article
            }
            if (c.rule().equals("direct.floating") && s == null) {
                continue;
            }
            quotes.add(toQuote(ctx, c, s, cp));
        }
        return new ArticleQuotes(article, quotes);
    }

    /** Rules by trust: where candidates overlap, the more specific rule wins. */
    private static int priority(Candidate c) {
        return switch (c.rule()) {
            case "direct.quote-then-cue", "direct.cue-colon-quote", "direct.incise-split", "selon.head-quote", "selon.relative-quote",
                    "selon.tail-quote" -> 9;
            case "direct.speaker-colon-quote", "direct.cue-then-quote" -> 8;
            case "mixed.cue-que-clause", "indirect.cue-que-clause" -> 7;
            case "mixed.clause-then-cue", "indirect.clause-then-cue", "mixed.cue-bare-clause",
                    "indirect.cue-bare-clause" -> 6;
            case "selon.head", "selon.tail", "selon.relative" -> 5;
            case "mixed.cue-fragment" -> 4;
            case "direct.floating" -> 3;
            default -> 1;
        };
    }

    private static List<Candidate> resolveOverlaps(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.removeIf(c -> c.end() <= c.start());
        sorted.sort(Comparator.comparingInt(RuleBasedExtractor::priority).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean clash = false;
            for (Candidate k : kept) {
                if (k.overlaps(c)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Every name in the article, with roles from appositions, joined into entities. */
    private EntityRegistry registry(Context ctx) {
        EntityRegistry reg = new EntityRegistry(ctx::isPlaceName);
        TextAnalysis doc = ctx.doc;
        List<Mention> possessors = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            if (!mayOpenNamedMention(doc, i)) {
                i++;
                continue;
            }
            Mention owner = mentions.possessor(doc, i, doc.sentenceEnd(doc.sentenceOf(i)));
            if (owner != null) {
                possessors.add(owner); // "President Emmanuel Macron's policies": may complete a name
            }
            Mention m = mentions.parse(doc, i, doc.sentenceEnd(doc.sentenceOf(i)));
            if (m == null) {
                i = owner != null ? owner.last() + 1 : i + 1;
                continue;
            }
            int limit = doc.sentenceEnd(doc.sentenceOf(i));
            if (m.kind() == MentionKind.NAME && inPictureCredit(doc, m)) {
                i = m.last() + 1;
                continue;
            }
            if (m.kind() == MentionKind.NAME) {
                // "en Egypte, le président français déplorant": a place takes no apposition role;
                // "Saudi Arabia", "l'Espace Anjou": nor does a known place, which is no person
                boolean place = m.first() > 0 && m.first() == i && m.roleHead() == null
                        && lex.placePrepositions().contains(doc.token(i - 1).norm())
                        || ctx.isPlace(m);
                if (!place) {
                    m = ctx.withApposition(m, limit);
                }
                boolean organisation = isOrganisation(m);
                Entity e = reg.add(m.name(), m.gender(), !place && !organisation && isPerson(doc, m),
                        !ctx.insideQuote(m.first()), m.first());
                if (e != null && m.roleHead() != null && !place) {
                    addRole(e, m);
                }
                if (e != null && organisation) {
                    markOrganisation(e, m);
                }
            } else if (m.kind() == MentionKind.ROLE && m.last() + 2 < limit && doc.token(m.last() + 1).is(',')) {
                Mention n = mentions.parse(doc, m.last() + 2, limit);
                if (n != null && n.kind() == MentionKind.NAME && n.roleHead() == null) {
                    // "la plateforme de dons, Leetchi,": an organisation's kind, then its name
                    boolean organisation = lex.isOrganisationHead(m.roleHead());
                    Entity e = reg.add(n.name(), n.gender() != Gender.UNKNOWN ? n.gender() : m.gender(), !organisation,
                            !ctx.insideQuote(n.first()), n.first());
                    if (e != null) {
                        addRole(e, m);
                        if (organisation) {
                            e.markOrganisation();
                        }
                    }
                    i = n.last() + 1;
                    continue;
                }
            }
            i = m.last() + 1;
        }
        for (Mention owner : possessors) {
            reg.completeName(owner.name(), owner.gender(), owner.first());
        }
        return reg;
    }

    /** Names start with a capital; a role that precedes a name starts with a determiner before a role noun. */
    private boolean mayOpenNamedMention(TextAnalysis doc, int i) {
        org.dixit.text.Token t = doc.token(i);
        if (!t.isWord()) {
            return false;
        }
        if (t.capitalized()) {
            return true;
        }
        if (i + 1 >= doc.size() || !doc.has(i, WordClasses.DETERMINER)) {
            return false;
        }
        // "la Commission européenne", or a role that may precede a name; one adjective may come first
        return doc.token(i + 1).capitalized() || doc.has(i + 1, WordClasses.ROLE)
                || i + 2 < doc.size() && doc.has(i + 2, WordClasses.ROLE);
    }

    private static void addRole(Entity e, Mention m) {
        e.addRoleFrom(m.roleHead(), m.roleModifiers(), m.role());
    }

    /**
     * A name is an organisation's when it comes with an organisation head ("la plateforme Leetchi",
     * "Leetchi, plateforme de dons"), opens with one ("l'Institut français d'opinion publique"), or
     * is an acronym ("IEW", "FWA").
     */
    private boolean isOrganisation(Mention m) {
        if (m.roleHead() != null) {
            return lex.isOrganisationHead(m.roleHead());
        }
        return lex.isOrganisationHead(firstWord(m.name())) || isAcronym(m.name());
    }

    /** Marks the entity as an organisation; a name that opens with its kind also holds that kind as a role. */
    private void markOrganisation(Entity e, Mention m) {
        e.markOrganisation();
        String head = firstWord(m.name());
        if (m.roleHead() == null && lex.isOrganisationHead(head)) {
            List<String> rest = new ArrayList<>();
            for (String w : m.name().substring(m.name().indexOf(' ') + 1).split(" ")) {
                rest.add(org.dixit.text.Tokenizer.normalise(w));
            }
            e.addRoleFrom(head, m.name().indexOf(' ') > 0 ? rest : List.of(), m.name());
        }
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return org.dixit.text.Tokenizer.normalise(space > 0 ? name.substring(0, space) : name);
    }

    /** "IEW", "SNCB", "M5S": two to six capitals (digits allowed after the first). */
    private static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 6 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int k = 1; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name is a person's when it has a gender (given name, M./Mme), a role, or several words not
     * led by a determiner: "l'Etat", "la Commission européenne" and "le Parti socialiste" are not people,
     * nor are names of institutions opened by a place or nationality ("French GDP", "European Commission").
     */
    private boolean isPerson(TextAnalysis doc, Mention m) {
        if (m.gender() != Gender.UNKNOWN || m.roleHead() != null && !lex.isRoleOrCollective(m.roleHead())
                || m.roleHead() != null && lex.roles().containsKey(m.roleHead()) || hasAge(doc, m.last() + 1)) {
            return true;
        }
        if (m.name().indexOf(' ') < 0 && lex.timeNouns().contains(m.name().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "last December", "en novembre"
        }
        boolean determinerLed = lex.determiners().containsKey(doc.token(m.first()).norm());
        return !determinerLed && (m.name().indexOf(' ') > 0 || !m.text().equals(m.name()))
                && !isInstitutionOfPlace(m.name());
    }

    /**
     * "French GDP", "France Inter", "Paris Match": a name opened by a place or a nationality names
     * an institution or a thing; not "Saudi Arabia's King Salman", where a possessive leads to the
     * person. (A place that is also a given name the lexicon does not know, "Sydney Leathers", is
     * the price.)
     */
    private boolean isInstitutionOfPlace(String name) {
        return lex.places().placePrefix(name) > 0 && !Tokenizer.normalise(name).contains("'s ");
    }

    /**
     * "Photograph: Ludovic Marin/AFP/Getty Images": names right after a credit word and colon, or
     * glued to a slash, are the picture's photographer and agencies, never a speaker.
     */
    private boolean inPictureCredit(TextAnalysis doc, Mention m) {
        int f = m.first();
        int l = m.last();
        if (f > 0 && doc.token(f - 1).is('/') && doc.token(f - 1).end() == doc.token(f).start()
                || l + 1 < doc.size() && doc.token(l + 1).is('/') && doc.token(l).end() == doc.token(l + 1).start()) {
            return true;
        }
        return f > 1 && doc.token(f - 1).is(':') && lex.creditWords().contains(doc.token(f - 2).norm());
    }

    /** "Maïté, 63 ans, pense que", "Mary, 63, said": an age in apposition at token {@code k}. */
    private boolean hasAge(TextAnalysis doc, int k) {
        if (k + 2 >= doc.size() || !doc.token(k).is(',') || doc.token(k + 1).kind() != org.dixit.text.TokenKind.NUMBER) {
            return false;
        }
        org.dixit.text.Token after = doc.token(k + 2);
        return after.is(',') || after.isWord() && lex.ageWords().contains(after.norm());
    }

    private static Quote toQuote(Context ctx, Candidate c, Speaker s, CodePoints cp) {
        String text = ctx.doc.text();
        int start = c.start();
        int end = c.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Mention m = c.mention();
        String mentionText = null;
        int ms = -1;
        int me = -1;
        if (m != null) {
            mentionText = m.text();
            me = ctx.tok(m.last()).end();
            ms = m.kind() == MentionKind.PRONOUN && ctx.tok(m.first()).kind() == org.dixit.text.TokenKind.INVERSION
                    ? me - mentionText.length() : ctx.tok(m.first()).start();
        }
        String cueText = c.cue() == null ? null : text.substring(c.cueStart(), c.cueEnd());
        List<String> chain = s == null ? List.of("no speaker found") : s.chain();
        double conf = c.confidence();
        if (s == null) {
            conf *= 0.5;
        } else if (m != null && m.kind() == MentionKind.PRONOUN) {
            conf *= 0.95;
        }
        return new Quote(cp.of(start), cp.of(end), text.substring(start, end), c.type(),
                s == null ? null : s.canonical(), mentionText, cp.of(ms), cp.of(me),
                cueText, cp.of(c.cueStart()), cp.of(c.cueEnd()), Math.round(conf * 100) / 100.0,
                speakerGender(s), s == null ? null : s.role(),
                new Evidence(c.rule(), chain));
    }

    /**
     * The speaker's gender as output: an organisation's is only its noun's grammatical gender ("la
     * plateforme"), used to agree pronouns, and says nothing of a person's gender.
     */
    private static String speakerGender(Speaker s) {
        return s == null || s.entity() != null && s.entity().organisation() ? null : s.gender().code();
    }

    /** Exposed for tests and tools: the lexicon in use. */
    public Lexicon lexicon() {
        return lex;
    }
}
