package org.dixit.extract;

import java.util.List;
import org.dixit.model.QuoteType;

/**
 * Reported content followed by an incise cue: "Le pays traverse une crise, a estimé le ministre."
 * (indirect) or "Ces derniers avaient «un plan d'attaque clair», a poursuivi M. Tokaïev" (mixed).
 * A quotation that is the whole content is left to {@link DirectQuoteRule}.
 */
final class InciseClauseRule implements Rule {
    private static final int MIN_TOKENS = 4;

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        for (int c = 1; c < ctx.doc.size() - 1; c++) {
            if (!ctx.tok(c).is(',')) {
                continue;
            }
            int e = ctx.sentEnd(c);
            if (ctx.nextCueStart(c + 1) >= e) {
                continue; // no cue can follow this comma in its sentence
            }
            int s = ctx.sentStart(c);
            Cue cue = ctx.cues.parse(ctx.doc, c + 1, e);
            Mention mention;
            int tail;
            if (cue == null) {
                // "The deal is dead, he said."
                DirectQuoteRule.SubjectCue sc = DirectQuoteRule.subjectThenCue(ctx, c + 1, e);
                if (sc == null || sc.cue().kind() == CueKind.MODAL || !isShortIncise(ctx, sc, e)) {
                    continue;
                }
                cue = sc.cue();
                mention = sc.mention();
                tail = cue.last() + 1;
            } else {
                if (cue.kind() == CueKind.PARTICIPLE || cue.kind() == CueKind.MODAL) {
                    continue;
                }
                mention = Candidates.inversionMention(ctx, cue);
                if (mention != null) {
                    tail = cue.last() + 1;
                } else {
                    mention = ctx.subjectAfter(cue.last() + 1, e);
                    if (mention == null) {
                        continue;
                    }
                    tail = mention.last() + 1;
                }
            }
            // the incise closes the sentence, or a further participle/complement follows after a comma
            if (!(tail >= e || ctx.isPunct(tail, ".!?…,;") || isAdverbialTail(ctx, tail))) {
                continue;
            }
            int from = contentStart(ctx, s, c);
            if (c - from < MIN_TOKENS) {
                continue;
            }
            QuoteSpan whole = wholeQuote(ctx, from, c);
            if (whole != null) {
                continue;
            }
            QuoteType type = ctx.hasQuote(from, c) ? QuoteType.MIXED : QuoteType.INDIRECT;
            out.add(Candidates.of(ctx, from, c, type, cue, mention, false, from,
                    (type == QuoteType.MIXED ? "mixed" : "indirect") + ".clause-then-cue", 0.85));
        }
    }

    /** The subject-first incise must close the sentence (past adverbials), or it is a main clause. */
    private static boolean isShortIncise(Context ctx, DirectQuoteRule.SubjectCue sc, int e) {
        int k = sc.cue().last() + 1;
        while (k < e && (ctx.isPunct(k, ",") || isAdverbialTail(ctx, k) || ctx.tok(k).isWord() && !ctx.tok(k).capitalized()
                && k - sc.cue().last() < 6)) {
            k++;
        }
        return k >= e || ctx.isPunct(k, ".!?…");
    }

    private static boolean isAdverbialTail(Context ctx, int k) {
        return ctx.tok(k).isWord() && (ctx.lex.prepositions().contains(ctx.tok(k).norm())
                || ctx.lex.adverbs().contains(ctx.tok(k).norm()));
    }

    /** Content starts at the sentence start, or after a previous incise in the same sentence. */
    private static int contentStart(Context ctx, int s, int comma) {
        return s;
    }

    private static QuoteSpan wholeQuote(Context ctx, int from, int to) {
        for (QuoteSpan q : ctx.quotes) {
            if (q.open() <= from + 1 && q.open() >= from && q.after() >= to - 1 && q.after() <= to + 1) {
                return q;
            }
            if (q.open() < from && q.after() > from) {
                return q; // the clause is inside a larger quote: the incise belongs to it
            }
        }
        return null;
    }
}
