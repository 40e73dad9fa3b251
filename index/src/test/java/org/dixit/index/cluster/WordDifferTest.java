package org.dixit.index.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dixit.index.WordDiff;
import org.dixit.index.WordDiff.Change;
import org.dixit.index.WordDiff.Kind;
import org.dixit.index.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDifferTest {

    @Test
    void classifiesDifferences() {
        String first = "Il faut les détruire et cela sera fait d'ici peu";
        assertEquals(Kind.IDENTICAL, WordDiffer.diff(first, " " + first).kind());
        assertEquals(Kind.REPUNCTUATED, WordDiffer.diff(first, "Il faut les détruire, et cela sera fait d’ici peu.").kind());
        WordDiff cut = WordDiffer.diff(first, "Il faut les détruire");
        assertEquals(Kind.SHORTENED, cut.kind());
        assertEquals(6, cut.removed());
        assertEquals(Kind.EXTENDED, WordDiffer.diff("Il faut les détruire", first).kind());
    }

    @Test
    void rewordingShowsRemovedAndAddedWordsInPlace() {
        WordDiff d = WordDiffer.diff("Il faut les détruire et cela sera fait d'ici peu",
                "Il faut les détruire et ce sera fait d'ici peu");
        assertEquals(Kind.REWORDED, d.kind());
        assertEquals(1, d.removed());
        assertEquals(1, d.added());
        assertEquals(List.of(new Part(Change.KEPT, "Il faut les détruire et"), new Part(Change.REMOVED, "cela"),
                new Part(Change.ADDED, "ce"), new Part(Change.KEPT, "sera fait d'ici peu")), d.parts());
    }
}
