package org.dixit.extract;

import java.util.List;
import org.dixit.grammar.Grammar;
import org.dixit.lexicon.Agreement;
import org.dixit.lexicon.FormKind;
import org.dixit.lexicon.Lexicon;
import org.dixit.lexicon.Locution;
import org.dixit.lexicon.VerbForm;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Recognises a speech cue starting at a token: compound tenses with adverbs and inversion
 * ("a encore dit", "a-t-il lancé"), pronominal verbs ("s'est félicité"), finite forms
 * ("explique-t-elle"), participles ("ajoutant"), modals ("a tenu à rappeler") and locutions
 * ("a fait savoir"). Negated cues are not cues.
 */
final class CueParser {
    private static final int MAX_ADVERBS = 3;
    private final Lexicon lex;
    private final Grammar grammar;
    CueParser(Lexicon lex, Grammar grammar) {
        this.lex = lex;
        this.grammar = grammar;
    }

    /** The cue starting exactly at {@code i}, or null. Tokens at or after {@code limit} are not read. */
    Cue parse(TextAnalysis doc, int i, int limit) {
        if (i >= limit || !doc.has(i, WordClasses.CUE_START)) {
            return null;
        }
        int j = i;
        boolean reflexive = false;
        if (grammar.reflexives().contains(doc.token(j).norm())) {
            reflexive = true;
            j++;
            if (j >= limit) {
                return null;
            }
        }
        Token t = doc.token(j);
        String auxKind = lex.auxiliaries().get(t.norm());
        if (auxKind != null && !auxKind.equals("modal")) {
            Cue c = compound(doc, i, j, limit, reflexive, auxKind.equals("etre"));
            if (c != null) {
                return c;
            }
        }
        if (auxKind != null && auxKind.equals("modal")) {
            int k = j + 1;
            int inv = -1;
            if (k < limit && doc.token(k).kind() == TokenKind.INVERSION) {
                inv = k++;
            }
            Cue c = modalTail(doc, i, k, limit, inv);
            if (c != null) {
                return c;
            }
        }
        VerbForm v = lex.speechVerb(t.norm());
        if (v != null && (v.is(FormKind.FINITE) || v.is(FormKind.PRESENT_PARTICIPLE)) && (!reflexive || v.pronominal())) {
            int inv = j + 1 < limit && doc.token(j + 1).kind() == TokenKind.INVERSION ? j + 1 : -1;
            CueKind kind = v.is(FormKind.PRESENT_PARTICIPLE) && !v.is(FormKind.FINITE) ? CueKind.PARTICIPLE : CueKind.FINITE;
            if (v.pronominal() && !reflexive && !v.incise()) {
                return null;
            }
            return new Cue(i, inv >= 0 ? inv : j, kind, v.lemma(), v.takesQue(), inv, agreement(doc, inv));
        }
        VerbForm light = lex.lightVerbs().get(t.norm());
        if (light != null && (light.is(FormKind.FINITE) || light.is(FormKind.PRESENT_PARTICIPLE))) {
            int inv = j + 1 < limit && doc.token(j + 1).kind() == TokenKind.INVERSION ? j + 1 : -1;
            return locution(doc, i, light, (inv >= 0 ? inv : j) + 1, limit, inv);
        }
        return null;
    }

    private Cue compound(TextAnalysis doc, int first, int aux, int limit, boolean reflexive, boolean etre) {
        int k = aux + 1;
        int inv = -1;
        if (k < limit && doc.token(k).kind() == TokenKind.INVERSION) {
            inv = k++;
        }
        int adverbs = 0;
        while (k < limit && adverbs < MAX_ADVERBS && isCueAdverb(doc.token(k))) {
            k++;
            adverbs++;
        }
        if (k >= limit) {
            return null;
        }
        Token p = doc.token(k);
        if (etre && !reflexive) {
            return null; // "est revenu", "sont partis": only pronominal verbs take être here
        }
        VerbForm v = lex.speechVerb(p.norm());
        if (v != null && v.is(FormKind.PAST_PARTICIPLE) && (!reflexive || v.pronominal())) {
            return new Cue(first, k, CueKind.COMPOUND, v.lemma(), v.takesQue(), inv, agreement(doc, inv));
        }
        String modal = lex.auxiliaries().get(p.norm());
        if ("modal".equals(modal)) {
            return modalTail(doc, first, k + 1, limit, inv);
        }
        VerbForm light = lex.lightVerbs().get(p.norm());
        if (light != null && light.is(FormKind.PAST_PARTICIPLE)) {
            return locution(doc, first, light, k + 1, limit, inv);
        }
        return null;
    }

    /** After a modal: optional "à"/"de", then an infinitive speech verb. */
    private Cue modalTail(TextAnalysis doc, int first, int k, int limit, int inv) {
        if (k < limit && (doc.token(k).norm().equals("à") || doc.token(k).norm().equals("de")
                || doc.token(k).norm().equals("d'"))) {
            k++;
        }
        if (k >= limit) {
            return null;
        }
        VerbForm v = lex.speechVerb(doc.token(k).norm());
        if (v != null && v.is(FormKind.INFINITIVE)) {
            return new Cue(first, k, CueKind.MODAL, v.lemma(), v.takesQue(), inv, agreement(doc, inv));
        }
        return null;
    }

    private Cue locution(TextAnalysis doc, int first, VerbForm light, int k, int limit, int inv) {
        List<Locution> options = lex.locutions().get(light.lemma());
        if (options == null) {
            return null;
        }
        for (Locution loc : options) {
            int m = k;
            boolean ok = true;
            for (String w : loc.tail()) {
                if (m >= limit || !doc.token(m).norm().equals(w)) {
                    ok = false;
                    break;
                }
                m++;
            }
            if (ok) {
                return new Cue(first, m - 1, CueKind.LOCUTION, loc.label(), loc.takesQue(), inv, agreement(doc, inv));
            }
        }
        return null;
    }

    private boolean isCueAdverb(Token t) {
        return t.isWord() && lex.adverbs().contains(t.norm());
    }

    private Agreement agreement(TextAnalysis doc, int inv) {
        return inv < 0 ? null : lex.inversions().get(doc.token(inv).norm());
    }
}
