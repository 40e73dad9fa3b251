package org.dixit.extract;

import java.util.List;
import java.util.Set;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Reported clauses without a complementiser, for languages that may drop it: "Mr Smith said the
 * deal was dead", "She told reporters the talks would resume". The speaker must be the subject
 * right before the cue, and the clause must open with a noun phrase or a pronoun.
 */
final class BareClauseRule implements Rule {
    /** Verbs whose hearer comes between the verb and the clause. */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "remind", "assure", "warn", "advise", "inform");
    private static final int MIN_WORDS = 4;

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        if (!ctx.grammar.complementizerOptional()) {
            return;
        }
        for (int j = 0; j < ctx.doc.size(); j++) {
            int s = ctx.sentStart(j);
            int e = ctx.sentEnd(j);
            Cue cue = ctx.cues.parse(ctx.doc, j, e);
            if (cue == null || !cue.takesQue() || cue.kind() == CueKind.SELON) {
                continue;
            }
            Mention subject = cue.kind() == CueKind.PARTICIPLE ? ctx.absoluteSubject(cue.first(), s)
                    : ctx.subjectBefore(cue.first(), s);
            // "..., saying the tax burden had grown", "... and said the expert was": the clause's subject speaks
            boolean inherit = subject == null;
            int k = cue.last() + 1;
            if (HEARER_VERBS.contains(cue.lemma())) {
                Mention hearer = ctx.mentions.parse(ctx.doc, k, e);
                if (hearer != null) {
                    k = hearer.last() + 1;
                } else if (k < e && ctx.tok(k).isWord() && !ctx.tok(k).capitalized()) {
                    k++; // "told reporters"
                }
            }
            k = skipAdverbials(ctx, k, e);
            if (k >= e || !opensClause(ctx, ctx.tok(k))) {
                j = cue.last();
                continue;
            }
            int end = ctx.clauseEnd(k, e);
            if (words(ctx, k, end) < MIN_WORDS || !hasFiniteVerb(ctx, k, end)) {
                continue;
            }
            if (inherit && isInvertedSubject(ctx, k, e)) {
                continue; // "..., says Sophie Clausen, who has lived in the UK": the speaker, not a clause
            }
            QuoteType type = ctx.hasQuote(k, end) ? QuoteType.MIXED : QuoteType.INDIRECT;
            out.add(Candidates.of(ctx, k, end, type, cue, subject, inherit, cue.first(),
                    (type == QuoteType.MIXED ? "mixed" : "indirect") + ".cue-bare-clause", inherit ? 0.7 : 0.8));
            j = end;
        }
    }

    /** "on Monday", "yesterday", "in a statement", "last week". */
    private static int skipAdverbials(Context ctx, int k, int e) {
        int guard = 0;
        while (k < e && guard++ < 4) {
            Token t = ctx.tok(k);
            if (t.isWord() && ctx.lex.adverbs().contains(t.norm())) {
                k++;
            } else if (t.isWord() && (t.norm().equals("in") || t.norm().equals("at") || t.norm().equals("during"))
                    && k + 2 < e && ctx.lex.determiners().containsKey(ctx.tok(k + 1).norm())) {
                k += 3; // "in a statement", "at a press conference" (head noun only)
                while (k < e && ctx.tok(k).isWord() && !ctx.tok(k).capitalized() && !ctx.lex.determiners().containsKey(ctx.tok(k).norm())
                        && !ctx.lex.pronouns().containsKey(ctx.tok(k).norm()) && ctx.lex.prepositions().contains(ctx.tok(k).norm())) {
                    k++;
                }
            } else if (t.is(',')) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean opensClause(Context ctx, Token t) {
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        if (!t.isWord()) {
            return false;
        }
        String n = t.norm();
        if (ctx.grammar.complementizers().contains(n) || ctx.lex.prepositions().contains(n)) {
            return false;
        }
        return ctx.lex.pronouns().containsKey(n) || n.equals("it") || n.equals("there") || n.equals("we")
                || n.equals("i") || n.equals("you") || ctx.lex.determiners().containsKey(n) || t.capitalized();
    }

    /**
     * A clause has a verb: an auxiliary or modal, or a past form, in its first words; a past form
     * right after a determiner is an adjective ("a united front").
     */
    private static boolean hasFiniteVerb(Context ctx, int from, int to) {
        for (int i = from; i < Math.min(to, from + 10); i++) {
            Token t = ctx.tok(i);
            if (!t.isWord()) {
                continue;
            }
            boolean pastForm = t.norm().endsWith("ed") && !(i > from && ctx.doc.has(i - 1, WordClasses.DETERMINER))
                    && !(i == from);
            if (ctx.lex.auxiliaries().containsKey(t.norm()) || pastForm || t.norm().endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** A name or description right after the verb and closed by a comma or the sentence end. */
    private static boolean isInvertedSubject(Context ctx, int k, int e) {
        Mention m = ctx.mentions.parse(ctx.doc, k, e);
        return m != null && m.kind() != MentionKind.PRONOUN
                && (m.last() + 1 >= e || ctx.isPunct(m.last() + 1, ",.;!?…"));
    }

    private static int words(Context ctx, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (ctx.tok(i).isWord()) {
                n++;
            }
        }
        return n;
    }
}
