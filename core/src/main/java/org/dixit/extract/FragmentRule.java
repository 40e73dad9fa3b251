package org.dixit.extract;

import java.util.List;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Quoted fragments inside a sentence: "Il a qualifié «d'absurde» les appels", "évoquant des
 * «saboteurs spécialisés»". With a speech verb before the fragment, the reported content runs from
 * after the verb to the end of the clause. Without one, a fragment is the words of the sentence's
 * subject only when that subject is quoted elsewhere in the article (decided at attribution);
 * short capitalised fragments (titles, names) and fragments that recur as such (labels like
 * «gilets jaunes») are scare quotes, not quotations.
 */
final class FragmentRule implements Rule {
    private static final int MAX_CUE_DISTANCE = 12;
    /** A recurring quoted label is at most this many words ("gilets jaunes"). */
    private static final int MAX_LABEL_WORDS = 3;

    @Override
    public void apply(Context ctx, List<Candidate> out) {
        // only short quotes are ever looked up (isLabel); equal contents have equal lengths
        int longestShort = -1;
        for (QuoteSpan q : ctx.quotes) {
            if (words(ctx, q) <= MAX_LABEL_WORDS) {
                longestShort = Math.max(longestShort, q.contentEnd() - q.contentStart());
            }
        }
        java.util.Map<String, Integer> contents = new java.util.HashMap<>();
        for (QuoteSpan q : ctx.quotes) {
            if (q.contentEnd() - q.contentStart() <= longestShort) {
                contents.merge(content(ctx, q), 1, Integer::sum);
            }
        }
        for (QuoteSpan q : ctx.quotes) {
            if (DirectQuoteRule.opensUtterance(ctx, q)) {
                continue;
            }
            int s = ctx.sentStart(q.open());
            int e = ctx.sentEnd(q.open());
            Cue cue = null;
            int reach = Math.max(s, q.open() - MAX_CUE_DISTANCE);
            for (int j = q.open() - 1; j >= reach && ctx.nextCueStart(reach) < q.open(); j--) {
                if (ctx.tok(j).kind() == TokenKind.QUOTE || ctx.isPunct(j, ";:")) {
                    break;
                }
                Cue c = ctx.cues.parse(ctx.doc, j, q.open());
                if (c != null) {
                    cue = c;
                    break;
                }
            }
            boolean adjacent = cue != null && cue.last() + 1 == q.open();
            // a label or title in marks is not a quotation, unless a speech verb introduces it ("a écrit «Pas en mon nom»")
            if (!adjacent && isLabel(ctx, q, contents)) {
                continue;
            }
            if (cue != null) {
                Mention m = Candidates.inversionMention(ctx, cue);
                if (m == null && cue.kind() != CueKind.PARTICIPLE) {
                    m = ctx.subjectBefore(cue.first(), s);
                }
                if (m == null && cue.kind() == CueKind.PARTICIPLE) {
                    m = ctx.absoluteSubject(cue.first(), s);
                }
                int from = cue.last() + 1;
                if (ctx.isPunct(from, ",") && from + 1 < e && ctx.tok(from + 1).kind() != TokenKind.QUOTE) {
                    continue; // "a répondu, comme d'autres, les «gilets jaunes»": the subject follows, not content
                }
                int end;
                if (cue.kind() == CueKind.PARTICIPLE && cue.first() == s && m == null) {
                    // "Dénonçant «un acte grave», le président (...), Richard Ferrand, a dit": the participial
                    // clause ends at the first comma after the fragment; the main clause's subject follows it
                    int comma = q.after();
                    while (comma < e && !ctx.tok(comma).is(',')) {
                        comma++;
                    }
                    if (comma < e) {
                        m = ctx.subjectAfter(comma, e);
                    }
                    end = comma;
                } else {
                    end = ctx.clauseEnd(q.after(), e);
                }
                end = Math.max(end, q.after());
                if (adjacent && end == q.after()) {
                    // "qui invoque «un cahier des charges trop important»": the whole complement is the quotation
                    out.add(Candidates.chars(ctx, q.contentStart(), q.contentEnd(), QuoteType.DIRECT, cue, m, m == null,
                            cue.first(), "direct.cue-then-quote", m == null ? 0.75 : 0.85));
                    continue;
                }
                out.add(Candidates.of(ctx, from, end, QuoteType.MIXED, cue, m, m == null, cue.first(),
                        "mixed.cue-fragment", m == null ? 0.7 : 0.8));
            } else {
                Mention subject = ctx.sentenceSubject(ctx.doc.sentenceOf(q.open()));
                if (subject != null && subject.kind() != MentionKind.GROUP) {
                    out.add(Candidates.chars(ctx, q.contentStart(), q.contentEnd(), QuoteType.MIXED, null, subject,
                            false, s, "mixed.subject-fragment", 0.6));
                }
            }
        }
    }

    /** Titles, names and labels in quotation marks: capitalised and short, or a recurring label. */
    private static String content(Context ctx, QuoteSpan q) {
        return ctx.doc.text().substring(q.contentStart(), q.contentEnd()).toLowerCase(java.util.Locale.ROOT);
    }

    private static int words(Context ctx, QuoteSpan q) {
        int words = 0;
        for (int i = q.first(); i <= q.last(); i++) {
            if (ctx.tok(i).isWord()) {
                words++;
            }
        }
        return words;
    }

    private static boolean isLabel(Context ctx, QuoteSpan q, java.util.Map<String, Integer> contents) {
        int words = words(ctx, q);
        Token first = ctx.tok(q.first());
        if (first.capitalized() && words <= 4 && !ctx.isPunct(q.last(), ".!?…")) {
            return true;
        }
        return words <= MAX_LABEL_WORDS && contents.getOrDefault(content(ctx, q), 0) > 1;
    }
}
