package org.dixit.extract;

import java.util.List;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;

/**
 * Attribution phrases: "Selon X, ...", "D'après X, ...", "Pour X, ..." at the head of a sentence,
 * "..., selon X, ..." inside it (the content follows), or "..., selon X." at its end. Sources that are documents or data ("selon un sondage", "selon nos
 * informations") are not speakers. When the content is one quotation, it is a direct quote.
 */
final class SelonRule implements Rule {
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s']+");

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        for (int k = 0; k < ctx.doc.size(); k++) {
            if (!ctx.doc.has(k, WordClasses.SELON_START)) {
                continue;
            }
            Token t = ctx.tok(k);
            int markerEnd;
            if (t.norm().equals("d'") && k + 1 < ctx.doc.size() && ctx.tok(k + 1).norm().equals("après")) {
                markerEnd = k + 1;
            } else if (t.norm().equals("according") && k + 1 < ctx.doc.size() && ctx.tok(k + 1).norm().equals("to")) {
                markerEnd = k + 1;
            } else if (ctx.lex.selonMarkers().contains(t.norm()) && !t.norm().equals("d'") && !t.norm().equals("according")) {
                markerEnd = k;
            } else {
                continue;
            }
            boolean weak = t.norm().equals("pour");
            int s = ctx.sentStart(k);
            int e = ctx.sentEnd(k);
            if (markerEnd + 1 < e && ctx.grammar.sourceRelatives().contains(ctx.tok(markerEnd + 1).norm())
                    && k > s && ctx.tok(k - 1).is(',')) {
                relative(ctx, k, markerEnd, s, e, out);
                continue;
            }
            Mention m = ctx.mentions.parse(ctx.doc, markerEnd + 1, e);
            if (m == null || !isSpeaker(ctx, m)) {
                continue;
            }
            m = ctx.withApposition(m, e);
            int afterMention = m.last() + 1;
            // "selon le collectif militant «Désarmons-les», ...": the source's name in quote marks
            QuoteSpan named = afterMention < e ? ctx.quoteOpenedAt(afterMention) : null;
            if (named != null && named.last() - named.first() < 4) {
                afterMention = named.after();
            }
            Cue cue = new Cue(k, markerEnd, CueKind.SELON, ctx.doc.span(k, markerEnd).toLowerCase(java.util.Locale.ROOT),
                    false, -1, null);
            boolean head = k == s || (k == s + 1 && isConnector(ctx.tok(s))) || (k > s && ctx.tok(k - 1).is(',')
                    && k - s <= 3);
            if (head && afterMention < e && ctx.tok(afterMention).is(',')) {
                int from = afterMention + 1;
                int end = ctx.clauseEnd(from, e);
                if (end - from < 3) {
                    continue;
                }
                emit(ctx, from, end, cue, m, "selon.head", out);
            } else if (!weak && k > s + 1 && ctx.tok(k - 1).is(',') && splitsClause(ctx, k - 2)
                    && afterMention + 1 < e && ctx.tok(afterMention).is(',')
                    && ctx.clauseEnd(afterMention + 1, e) - (afterMention + 1) >= 3) {
                // "Asadi was, according to Bavarian authorities, responsible for ...", "the highest in the
                // OECD and, according to some sources, the highest in the world": set off right after an
                // auxiliary or a conjunction, the phrase vouches for what follows it
                emit(ctx, afterMention + 1, ctx.clauseEnd(afterMention + 1, e), cue, m, "selon.middle", out);
            } else if (!weak && k > s + 3 && (ctx.tok(k - 1).is(',') ? afterMention >= e || ctx.isPunct(afterMention, ".!?…,;")
                    : afterMention >= e || ctx.isPunct(afterMention, ".!?…"))) {
                // "..., selon X." and, closing the sentence, "... jugé trop simple à encercler selon des manifestants."
                int end = ctx.tok(k - 1).is(',') ? k - 1 : k;
                int from = s;
                if (end - from < 3) {
                    continue;
                }
                emit(ctx, from, end, cue, m, "selon.tail", out);
            }
        }
    }

    /**
     * "Gaël Perdriau, le maire de Saint-Etienne, selon qui «le message devient inaudible»": the
     * source is the noun phrase the relative pronoun stands for, the content follows it.
     */
    private static void relative(Context ctx, int k, int markerEnd, int s, int e, List<Candidate> out) {
        Mention antecedent = ctx.subjectBefore(k, s);
        if (antecedent == null || antecedent.kind() == MentionKind.PRONOUN) {
            return;
        }
        int from = markerEnd + 2;
        int end = ctx.clauseEnd(from, e);
        if (end - from < 2) {
            return;
        }
        Cue cue = new Cue(k, markerEnd + 1, CueKind.SELON, ctx.doc.span(k, markerEnd + 1).toLowerCase(java.util.Locale.ROOT),
                false, -1, null);
        emit(ctx, from, end, cue, antecedent, "selon.relative", out);
    }

    private static void emit(Context ctx, int from, int end, Cue cue, Mention m, String rule, List<Candidate> out) {
        for (QuoteSpan q : ctx.quotes) {
            // the whole content is one quotation: a direct quote attributed by "selon"
            if (q.open() >= from && q.open() <= from + 1 && q.after() >= end - 1 && q.after() <= end + 1) {
                out.add(Candidates.chars(ctx, q.contentStart(), q.contentEnd(), QuoteType.DIRECT, cue, m, false,
                        from, rule + "-quote", 0.9));
                return;
            }
        }
        out.add(Candidates.of(ctx, from, end, QuoteType.SELON, cue, m, false, from, rule, 0.85));
    }

    /** An auxiliary or a conjunction: the clause goes on after an attribution phrase set off by commas. */
    private static boolean splitsClause(Context ctx, int k) {
        Token t = ctx.tok(k);
        return t.isWord() && (ctx.lex.auxiliaries().containsKey(t.norm()) || ctx.lex.conjunctions().contains(t.norm()));
    }

    private static boolean isConnector(Token t) {
        String n = t.norm();
        return n.equals("mais") || n.equals("et") || n.equals("or") || n.equals("but") || n.equals("and");
    }

    private static boolean isSpeaker(Context ctx, Mention m) {
        if (m.kind() == MentionKind.PRONOUN) {
            return true;
        }
        if (m.roleHead() != null && ctx.lex.nonSpeakers().contains(m.roleHead())) {
            return false;
        }
        for (String w : WORDS.split(m.text())) {
            if (ctx.lex.nonSpeakers().contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
