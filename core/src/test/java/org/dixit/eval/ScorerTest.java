package org.dixit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private final Scorer scorer = new Scorer();

    private static Annotated.Span q(int s, int e, String type, String speaker) {
        return new Annotated.Span(s, e, "x", type, speaker, "r");
    }

    private static Annotated art(String id, Annotated.Span... qs) {
        return new Annotated(id, "t", "fr", List.of(qs));
    }

    @Test
    void halfOverlapCountsAtThirtyPercentNotAtEighty() {
        List<Annotated> gold = List.of(art("a", q(0, 100, "direct", "Christophe Castaner")));
        List<Annotated> pred = List.of(art("a", q(50, 150, "direct", "M. Castaner")));
        Scores low = scorer.score(gold, pred, 0.3);
        assertEquals(1, low.overall().matchedGold());
        assertEquals(1.0, low.overall().f1(), 1e-9);
        // "M. Castaner" is not "Christophe Castaner": the full name was required
        assertEquals(0.0, low.overall().speakerAccuracy(), 1e-9);
        Scores high = scorer.score(gold, pred, 0.8);
        assertEquals(0, high.overall().matchedGold());
        assertEquals(0.0, high.overall().f1(), 1e-9);
    }

    @Test
    void matchingIsOneToOneLargestShareFirst() {
        // two predictions compete for one gold quote: the 90% one wins, the 40% one is a false positive
        List<Annotated> gold = List.of(art("a", q(0, 100, "direct", "A")));
        List<Annotated> pred = List.of(art("a", q(0, 40, "direct", "A"), q(10, 100, "direct", "A")));
        Scores s = scorer.score(gold, pred, 0.3);
        assertEquals(1, s.overall().matchedGold());
        assertEquals(1, s.overall().matchedPred());
        assertEquals(0.5, s.overall().precision(), 1e-9);
        assertEquals(1.0, s.overall().recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.overall().f1(), 1e-9);
    }

    @Test
    void onePredictionCoveringTwoGoldQuotesMatchesOnlyOne() {
        List<Annotated> gold = List.of(art("a", q(0, 50, "direct", "A"), q(60, 100, "indirect", "A")));
        List<Annotated> pred = List.of(art("a", q(0, 100, "direct", "A")));
        Scores s = scorer.score(gold, pred, 0.3);
        assertEquals(1, s.overall().matchedGold());
        assertEquals(0.5, s.overall().recall(), 1e-9);
        assertEquals(1, s.byType().get("direct").matchedGold());
        assertEquals(0, s.byType().get("indirect").matchedGold());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("MISS")));
    }

    @Test
    void missingArticleCountsAsMissedAndSpeakersAreNormalised() {
        List<Annotated> gold = List.of(art("a", q(0, 10, "direct", "Kassym-Jomart Tokaïev")), art("b", q(0, 10, "direct", null)));
        List<Annotated> pred = List.of(art("a", q(0, 10, "direct", "kassym jomart tokaiev")), art("zzz"));
        Scores s = scorer.score(gold, pred, 0.3);
        assertEquals(2, s.overall().gold());
        assertEquals(1, s.overall().matchedGold());
        assertEquals(1.0, s.overall().speakerAccuracy(), 1e-9);
        assertEquals(1, s.unknownIds());
        assertTrue(Scorer.sameSpeaker(null, null));
        assertTrue(Scorer.sameSpeaker("M. Castaner", "Castaner"));
    }
}
