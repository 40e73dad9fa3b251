package org.dixit.extract;

import java.util.List;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Direct quotes: a quotation that stands as an utterance of its own (it opens a sentence, follows
 * a colon or a dash) and is attributed by a cue after it ("«...», a déclaré M. X"), a cue before a
 * colon ("M. X a déclaré : «...»"), or by its context (a floating quote continuing a speaker).
 * An incise inside the marks ("«A, a-t-il dit, B»") splits the quote in two.
 */
final class DirectQuoteRule implements Rule {

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        for (QuoteSpan q : ctx.quotes) {
            if (!opensUtterance(ctx, q)) {
                continue;
            }
            // a quote reopened at each paragraph: its cue follows the last part
            QuoteSpan tail = chainEnd(ctx, q);
            int paraEnd = paragraphEnd(ctx, tail.last());
            Cue cue = null;
            Mention mention = null;
            String rule;
            int after = tail.after();
            int k = after;
            while (k < paraEnd && ctx.isPunct(k, ",!?…") && k - after < 2) {
                k++;
            }
            Cue post = k < paraEnd ? ctx.cues.parse(ctx.doc, k, paraEnd) : null;
            if (post != null && post.kind() != CueKind.PARTICIPLE) {
                Mention m = Candidates.speakerOf(ctx, post, k, ctx.sentEnd(post.first()), false);
                if (m != null || post.kind() == CueKind.COMPOUND) {
                    cue = post;
                    mention = m;
                }
            }
            if (cue == null && k < paraEnd) {
                // subject before the cue: "«...», le ministre a ajouté", "\"...\", he said"
                SubjectCue sc = subjectThenCue(ctx, k, ctx.sentEnd(k));
                if (sc != null) {
                    cue = sc.cue();
                    mention = sc.mention();
                }
            }
            if (cue != null) {
                rule = "direct.quote-then-cue";
            } else if (isSelonAfter(ctx, k, paraEnd)) {
                continue; // "«...», selon X": the selon rule owns it
            } else {
                PreCue pre = colonCue(ctx, q);
                if (pre != null) {
                    cue = pre.cue;
                    mention = pre.mention;
                    rule = cue != null ? "direct.cue-colon-quote" : "direct.speaker-colon-quote";
                } else if (endsUtterance(ctx, q, paraEnd)) {
                    rule = "direct.floating";
                } else {
                    continue;
                }
            }
            boolean floating = cue == null && mention == null;
            double conf = floating ? 0.7 : 0.95;
            splitAtIncise(ctx, q, cue, mention, floating, rule, conf, out);
        }
    }

    /** The quote opens a sentence, follows a colon, a dash or an opening parenthesis. */
    static boolean opensUtterance(Context ctx, QuoteSpan q) {
        int o = q.open();
        if (o == 0 || ctx.doc.paragraphOf(o - 1) != ctx.doc.paragraphOf(o) || ctx.sentStart(o) == o) {
            return true;
        }
        Token prev = ctx.tok(o - 1);
        return prev.kind() == TokenKind.PUNCT && ":—–-(".indexOf(prev.text().charAt(0)) >= 0
                || (prev.kind() == TokenKind.PUNCT && ".!?…".indexOf(prev.text().charAt(0)) >= 0);
    }

    private static boolean endsUtterance(Context ctx, QuoteSpan q, int paraEnd) {
        int a = q.after();
        if (a >= paraEnd) {
            return true;
        }
        // "...about that.”Le Pen seems": a capital glued to the closing mark is a paragraph break the scraper lost
        if (ctx.isPunct(q.last(), ".!?…") && (ctx.tok(a).kind() != TokenKind.WORD
                || ctx.tok(a).capitalized() && ctx.tok(a).start() == ctx.tok(a - 1).end())) {
            return true;
        }
        return ctx.isPunct(a, ".!?…") && wordCount(ctx, q) >= 3;
    }

    private static int wordCount(Context ctx, QuoteSpan q) {
        int n = 0;
        for (int i = q.first(); i <= q.last(); i++) {
            if (ctx.tok(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSelonAfter(Context ctx, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        String n = ctx.tok(k).norm();
        return (ctx.lex.selonMarkers().contains(n) && !n.equals("pour"))
                || (n.equals("d'") && k + 1 < limit && ctx.tok(k + 1).norm().equals("après"))
                || n.equals("according");
    }

    private record PreCue(Cue cue, Mention mention) {
    }

    /** "M. X a déclaré : «...»", "Et le ministre de conclure : «...»", "Réaction de M. X : «...»". */
    private static PreCue colonCue(Context ctx, QuoteSpan q) {
        int colon = q.open() - 1;
        if (colon < 0 || !ctx.tok(colon).is(':')) {
            return null;
        }
        int s = ctx.sentStart(colon);
        for (int j = colon - 1; j >= s; j--) {
            Cue c = ctx.cues.parse(ctx.doc, j, colon);
            if (c == null && ctx.lex.speechVerb(ctx.tok(j).norm()) != null && j > s
                    && (ctx.tok(j - 1).norm().equals("de") || ctx.tok(j - 1).norm().equals("d'"))) {
                // narrative infinitive: "Et le ministre de conclure :"
                Mention m = ctx.subjectBefore(j - 1, s);
                if (m != null) {
                    Cue inf = new Cue(j, j, CueKind.MODAL, ctx.lex.speechVerb(ctx.tok(j).norm()).lemma(), false, -1, null);
                    return new PreCue(inf, m);
                }
            }
            if (c != null) {
                Mention m = Candidates.inversionMention(ctx, c);
                if (m == null) {
                    m = ctx.subjectBefore(c.first(), s);
                }
                if (m == null && c.kind() != CueKind.PARTICIPLE) {
                    m = ctx.subjectAfter(c.last() + 1, colon);
                }
                if (m == null && c.kind() == CueKind.PARTICIPLE) {
                    m = ctx.absoluteSubject(c.first(), s);
                }
                if (m == null && c.kind() == CueKind.PARTICIPLE) {
                    m = ctx.sentenceSubject(ctx.doc.sentenceOf(s));
                }
                return new PreCue(c, m);
            }
        }
        // no verb: a speaker named just before the colon ("Réaction du ministre :")
        Mention m = ctx.nounPhraseEndingAt(colon - 1, s);
        return m != null && m.kind() != MentionKind.PRONOUN ? new PreCue(null, m) : null;
    }

    /** Emits the quote, split in two around an inner incise ("A, a-t-il dit, B"). */
    private static void splitAtIncise(Context ctx, QuoteSpan q, Cue cue, Mention mention, boolean floating,
                                      String rule, double conf, List<Candidate> out) {
        for (int k = q.first() + 2; k < q.last() - 2; k++) {
            if (!ctx.tok(k).is(',')) {
                continue;
            }
            Cue inner = ctx.cues.parse(ctx.doc, k + 1, q.last());
            if (inner == null || inner.kind() == CueKind.PARTICIPLE) {
                continue;
            }
            Mention m = Candidates.inversionMention(ctx, inner);
            int resume = inner.last() + 1;
            if (m == null) {
                m = ctx.subjectAfter(inner.last() + 1, q.last());
                if (m != null) {
                    resume = m.last() + 1;
                }
            }
            if (m == null || resume > q.last() || !ctx.tok(resume).is(',')) {
                continue;
            }
            Cue useCue = inner;
            Mention useMention = m;
            String innerRule = "direct.incise-split";
            out.add(Candidates.of(ctx, q.first(), k, QuoteType.DIRECT, useCue, useMention, false, q.open(),
                    innerRule, 0.95));
            out.add(Candidates.chars(ctx, ctx.tok(resume + 1).start(), q.contentEnd(), QuoteType.DIRECT, useCue,
                    useMention, false, q.open(), innerRule, 0.95));
            return;
        }
        out.add(Candidates.chars(ctx, q.contentStart(), q.contentEnd(), QuoteType.DIRECT, cue, mention, floating,
                q.open(), rule, conf));
    }

    /** A mention followed by a cue, as in "he said" or "le ministre a ajouté". */
    record SubjectCue(Mention mention, Cue cue) {
    }

    static SubjectCue subjectThenCue(Context ctx, int k, int limit) {
        if (ctx.nextCueStart(k + 1) >= limit) {
            return null; // no word after the subject's start can open a cue
        }
        Mention m = ctx.mentions.parse(ctx.doc, k, limit);
        if (m == null) {
            return null;
        }
        if (m.kind() == MentionKind.PRONOUN && ctx.grammar.objectClitics().contains(ctx.tok(m.first()).norm())) {
            // "lui ont répondu les gilets jaunes": an object clitic; the subject, if any, follows the verb
            Cue c = m.last() + 1 < limit ? ctx.cues.parse(ctx.doc, m.last() + 1, limit) : null;
            if (c == null || c.kind() == CueKind.PARTICIPLE || c.kind() == CueKind.MODAL) {
                return null;
            }
            return new SubjectCue(c.inversion() >= 0 ? Candidates.inversionMention(ctx, c)
                    : ctx.subjectAfter(c.last() + 1, limit), c);
        }
        m = ctx.withApposition(m, limit);
        int v = m.last() + 1;
        // skip an apposition between commas: "Mr Smith, the party leader, said"
        if (v < limit && ctx.tok(v).is(',')) {
            int close = v + 1;
            while (close < limit && !ctx.tok(close).is(',') && close - v < 10) {
                close++;
            }
            if (close < limit && ctx.tok(close).is(',')) {
                v = close + 1;
            }
        }
        Cue c = v < limit ? ctx.cues.parse(ctx.doc, v, limit) : null;
        if (c == null || c.kind() == CueKind.PARTICIPLE || c.inversion() >= 0) {
            return null;
        }
        return new SubjectCue(m, c);
    }

    /** Follows an unclosed quote into the next paragraph when that paragraph reopens it. */
    private static QuoteSpan chainEnd(Context ctx, QuoteSpan q) {
        QuoteSpan cur = q;
        while (cur.close() < 0) {
            int next = cur.last() + 1;
            QuoteSpan n = next < ctx.doc.size() ? ctx.quoteOpenedAt(next) : null;
            if (n == null) {
                break;
            }
            cur = n;
        }
        return cur;
    }

    static int paragraphEnd(Context ctx, int token) {
        int p = ctx.doc.paragraphOf(token);
        int j = token;
        while (j + 1 < ctx.doc.size() && ctx.doc.paragraphOf(j + 1) == p) {
            j++;
        }
        return j + 1;
    }
}
