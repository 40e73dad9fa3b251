package org.dixit.extract;

import java.util.List;
import org.dixit.lexicon.Agreement;
import org.dixit.model.QuoteType;
import org.dixit.text.Token;

/** Builds candidates from token spans, so every rule measures spans and cues the same way. */
final class Candidates {
    private Candidates() {
    }

    /** A candidate over tokens [from, toExclusive), trimmed of spaces. */
    static Candidate of(Context ctx, int from, int toExclusive, QuoteType type, Cue cue, Mention mention,
                        boolean inherit, int anchor, String rule, double confidence) {
        int start = ctx.tok(from).start();
        int end = ctx.tok(toExclusive - 1).end();
        return chars(ctx, start, end, type, cue, mention, inherit, anchor, rule, confidence);
    }

    static Candidate chars(Context ctx, int start, int end, QuoteType type, Cue cue, Mention mention,
                           boolean inherit, int anchor, String rule, double confidence) {
        int cs = cue == null ? -1 : ctx.tok(cue.first()).start();
        int ce = cue == null ? -1 : ctx.tok(cue.last()).end();
        return new Candidate(start, end, type, cue, cs, ce, mention, inherit, anchor, rule, confidence);
    }

    /** The mention an inverted clitic stands for: "-t-il" gives "il". */
    static Mention inversionMention(Context ctx, Cue cue) {
        if (cue == null || cue.inversion() < 0) {
            return null;
        }
        Token t = ctx.tok(cue.inversion());
        String clitic = stripInversionPrefix(t.text());
        Agreement a = cue.inverted() != null ? cue.inverted() : new Agreement(org.dixit.lexicon.Gender.UNKNOWN, false);
        return new Mention(cue.inversion(), cue.inversion(), MentionKind.PRONOUN, clitic, null, a.gender(),
                a.plural(), null, List.of(), null);
    }

    /** "-t-il" -> "il", "-elle" -> "elle". */
    private static String stripInversionPrefix(String s) {
        if (s.startsWith("-t-")) {
            return s.substring(3);
        }
        return s.startsWith("-") ? s.substring(1) : s;
    }

    /** The speaker of a cue: its inverted clitic, else the noun phrase after it, else the one before. */
    static Mention speakerOf(Context ctx, Cue cue, int floor, int limit, boolean allowBefore) {
        Mention m = inversionMention(ctx, cue);
        if (m != null) {
            return m;
        }
        if (cue.kind() != CueKind.PARTICIPLE) {
            m = ctx.subjectAfter(cue.last() + 1, limit);
            if (m != null && !allowBefore) {
                return m;
            }
        }
        if (allowBefore && cue.kind() != CueKind.PARTICIPLE) {
            Mention before = ctx.subjectBefore(cue.first(), floor);
            if (before != null) {
                return before;
            }
        }
        return m;
    }
}
