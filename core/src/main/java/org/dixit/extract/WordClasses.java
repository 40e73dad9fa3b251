package org.dixit.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.Lexicon;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;
import org.dixit.text.TokenTagger;
import org.dixit.text.Tokenizer;

/**
 * The lexicon's word classes as token tags: each word of an article is looked up once, in two
 * tables (lower-cased form, and form as written for given names and honorifics), and the rules read
 * the bits back with {@link org.dixit.text.TextAnalysis#has}. The rules ask these questions at
 * almost every token, several times over; one lookup per token is measured to cut a fifth of the
 * extraction time.
 */
final class WordClasses implements TokenTagger {
    /** A word a cue can start with: reflexive clitic, auxiliary or modal, speech verb, light verb. */
    static final int CUE_START = 1;
    /** First word of a "selon" marker ("selon", "pour", the "d'" of "d'après", "according"). */
    static final int SELON_START = 1 << 1;
    /** Function words, verbs and adverbs: capitalised, they still do not start a name. */
    static final int NOT_NAME_START = 1 << 2;
    /** Function words that end a name even when capitalised. */
    static final int NOT_NAME_CONTINUATION = 1 << 3;
    /** Words that do not qualify a role noun. */
    static final int NOT_MODIFIER = 1 << 4;
    static final int DETERMINER = 1 << 5;
    static final int ROLE = 1 << 6;
    /** A role noun, a collective speaker, or the plural of a collective ("associations"). */
    static final int ROLE_OR_COLLECTIVE = 1 << 7;
    /** A known given name, as written. */
    static final int FIRST_NAME = 1 << 8;
    /** An honorific as written ("Mme", "Mr"). */
    static final int HONORIFIC = 1 << 9;
    /** An honorific once followed by its period ("M" of "M."). */
    static final int HONORIFIC_BEFORE_PERIOD = 1 << 10;
    /** A subject pronoun, or the first word of a two-word one ("ce" of "ce dernier"). */
    static final int PRONOUN_START = 1 << 11;
    static final int COMPLEMENTIZER = 1 << 12;
    /** A plural group or role noun that can be a subject on its own ("analysts", "police", "diplomates"). */
    static final int BARE_PLURAL = 1 << 13;
    /** A preposition that attaches a complement to a role noun ("de", "for"). */
    static final int ROLE_COMPLEMENT = 1 << 14;
    /** A head noun of organisations ("plateforme", "ASBL", "party"). */
    static final int ORGANISATION = 1 << 15;

    /** Set on the lower-case form of every entry of the as-written table: only those words need its lookup. */
    private static final int WRITTEN_FORM = 1 << 30;

    private final TagTable byNorm;
    private final TagTable asWritten;

    WordClasses(Lexicon lex, Grammar grammar) {
        Map<String, Integer> byNorm = new HashMap<>();
        Map<String, Integer> asWritten = new HashMap<>();
        add(byNorm, CUE_START, grammar.reflexives(), lex.auxiliaries().keySet(), lex.speechVerbs().keySet(),
                lex.lightVerbs().keySet());
        for (String marker : lex.selonMarkers()) {
            int apostrophe = marker.indexOf('\'');
            int space = marker.indexOf(' ');
            String first = apostrophe > 0 ? marker.substring(0, apostrophe + 1)
                    : space > 0 ? marker.substring(0, space) : marker;
            add(byNorm, SELON_START, java.util.List.of(first));
        }
        add(byNorm, NOT_NAME_START, lex.determiners().keySet(), lex.prepositions(), lex.pronouns().keySet(),
                lex.adverbs(), lex.selonMarkers(), lex.auxiliaries().keySet(), lex.speechVerbs().keySet(),
                lex.elisions(), java.util.List.of("se"), lex.notNames());
        // not auxiliaries: written with a capital inside a name, "May" or "Will" is a name ("Theresa May")
        add(byNorm, NOT_NAME_CONTINUATION, lex.determiners().keySet(), lex.prepositions(), lex.pronouns().keySet(),
                lex.selonMarkers(), lex.elisions(), lex.notNames());
        add(byNorm, NOT_MODIFIER, lex.prepositions(), lex.adverbs(), lex.auxiliaries().keySet(),
                lex.speechVerbs().keySet(), lex.determiners().keySet(), lex.pronouns().keySet(), java.util.List.of("se"),
                lex.lightVerbs().keySet());
        add(byNorm, DETERMINER, lex.determiners().keySet());
        add(byNorm, ROLE, lex.roles().keySet());
        add(byNorm, ROLE_OR_COLLECTIVE, lex.roles().keySet(), lex.collectives(), lex.organisations().keySet(), lex.documents());
        add(byNorm, ORGANISATION, lex.organisations().keySet());
        for (String c : lex.collectives()) {
            if (c.length() >= 3) {
                // exactly the plurals Lexicon.isPluralOfCollective accepts
                add(byNorm, ROLE_OR_COLLECTIVE, java.util.List.of(c + "s", c + "x"));
            }
        }
        for (String c : lex.collectives()) {
            if (c.endsWith("s")) {
                add(byNorm, BARE_PLURAL, java.util.List.of(c));
            }
            if (c.length() >= 3) {
                add(byNorm, BARE_PLURAL, java.util.List.of(c + "s", c + "x"));
            }
        }
        for (String r : lex.roles().keySet()) {
            if (r.length() >= 3) {
                add(byNorm, BARE_PLURAL, java.util.List.of(r + "s"));
            }
        }
        add(byNorm, BARE_PLURAL, lex.bareCollectives());
        for (String p : lex.pronouns().keySet()) {
            int space = p.indexOf(' ');
            add(byNorm, PRONOUN_START, java.util.List.of(space > 0 ? p.substring(0, space) : p));
        }
        add(byNorm, COMPLEMENTIZER, grammar.complementizers());
        add(byNorm, ROLE_COMPLEMENT, lex.roleComplements());
        add(asWritten, FIRST_NAME, lex.firstNames().keySet());
        add(asWritten, HONORIFIC, lex.honorifics().keySet());
        for (String h : lex.honorifics().keySet()) {
            if (h.length() > 1 && h.endsWith(".")) {
                add(asWritten, HONORIFIC_BEFORE_PERIOD, java.util.List.of(h.substring(0, h.length() - 1)));
            }
        }
        for (String w : asWritten.keySet()) {
            add(byNorm, WRITTEN_FORM, java.util.List.of(Tokenizer.normalise(w)));
        }
        this.byNorm = new TagTable(byNorm);
        this.asWritten = new TagTable(asWritten);
    }

    @SafeVarargs
    private static void add(Map<String, Integer> table, int bit, Collection<String>... words) {
        for (Collection<String> ws : words) {
            for (String w : ws) {
                table.merge(w, bit, (a, b) -> a | b);
            }
        }
    }

    @Override
    public int tags(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return 0;
        }
        int bits = byNorm.get(t.norm());
        if ((bits & WRITTEN_FORM) != 0) {
            bits |= asWritten.get(t.text());
        }
        return bits & ~WRITTEN_FORM;
    }
}
