package org.dixit.extract;

import java.util.List;
import java.util.Set;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Reported clauses after a speech verb and a complementiser: "Il a estimé que le pays traversait
 * une crise" (indirect), "..., ajoutant que les «terroristes continuent»" (mixed when the clause
 * holds quoted words). The verb may be separated from "que" by adverbials and an indirect object
 * ("a déclaré vendredi à la presse que").
 */
final class ComplementClauseRule implements Rule {
    private static final int MAX_GAP = 10;
    /** "ce que", "bien que", "alors que": complementisers that do not report speech. */
    private static final Set<String> NOT_REPORTING = Set.of("ce", "bien", "alors", "parce", "tandis", "ainsi",
            "plus", "moins", "dès", "sans", "avant", "pendant", "après", "lors", "même", "tant", "si", "autant",
            "pour", "afin", "sorte", "depuis", "jusqu'", "maintenant", "pas", "rien", "ne", "n'");

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        for (int k = 1; k < ctx.doc.size(); k++) {
            if (!ctx.doc.has(k, WordClasses.COMPLEMENTIZER)) {
                continue;
            }
            if (NOT_REPORTING.contains(ctx.tok(k - 1).norm())) {
                continue;
            }
            int s = ctx.sentStart(k);
            Cue cue = governingCue(ctx, k, s);
            if (cue == null) {
                continue;
            }
            int e = ctx.sentEnd(k);
            int end = ctx.clauseEnd(k + 1, e);
            if (end <= k + 1) {
                continue;
            }
            Mention mention = Candidates.inversionMention(ctx, cue);
            boolean inherit = false;
            if (mention == null && cue.kind() == CueKind.PARTICIPLE) {
                mention = ctx.absoluteSubject(cue.first(), s);
            }
            if (mention == null && cue.kind() != CueKind.PARTICIPLE) {
                mention = ctx.subjectBefore(cue.first(), s);
                if (mention == null) {
                    mention = ctx.subjectAfter(cue.last() + 1, k);
                }
            }
            if (mention == null) {
                // participle or subject out of reach: the speaker of the surrounding sentence
                inherit = true;
            }
            QuoteType type = ctx.hasQuote(k + 1, end) ? QuoteType.MIXED : QuoteType.INDIRECT;
            String rule = (type == QuoteType.MIXED ? "mixed" : "indirect") + ".cue-que-clause";
            out.add(Candidates.of(ctx, k + 1, end, type, cue, mention, inherit, cue.first(), rule,
                    inherit ? 0.75 : 0.85));
        }
    }

    /** The speech verb that governs the complementiser at {@code que}, searching back a few tokens. */
    private static Cue governingCue(Context ctx, int que, int floor) {
        if (ctx.nextCueStart(Math.max(floor, que - MAX_GAP)) >= que) {
            return null; // no word in reach can open a cue
        }
        for (int j = que - 1; j >= Math.max(floor, que - MAX_GAP); j--) {
            Token t = ctx.tok(j);
            if (t.kind() == TokenKind.QUOTE || ctx.isPunct(j, ".;:!?")) {
                return null;
            }
            if (ctx.doc.has(j, WordClasses.COMPLEMENTIZER)) {
                return null;
            }
            Cue c = ctx.cues.parse(ctx.doc, j, que);
            if (c != null && c.last() < que) {
                if (!c.takesQue()) {
                    return null;
                }
                return gapIsAdverbial(ctx, c.last() + 1, que) ? c : null;
            }
        }
        return null;
    }

    /** Between verb and "que" only adverbials, commas and short complements, never another verb. */
    private static boolean gapIsAdverbial(Context ctx, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = ctx.tok(i);
            if (t.isWord() && (ctx.lex.auxiliaries().containsKey(t.norm()) || ctx.lex.speechVerb(t.norm()) != null)) {
                return false;
            }
        }
        return true;
    }
}
