package org.dixit.index.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    @Test
    void parsesMergesSeparatesAndSplits() {
        AliasTable t = AliasTable.parse("aliases.tsv", "\uFEFF# corrections\n\nEmmanuel Macron\tle président\tMacron\n"
                + "!Le Pen\n!Castaner\tChristophe Castaner\n");
        assertEquals(List.of(new AliasTable.Merge("Emmanuel Macron", List.of("le président", "Macron"))), t.merges());
        assertEquals(List.of("Le Pen"), t.separate());
        assertEquals(List.of(new AliasTable.Pair("Castaner", "Christophe Castaner")), t.different());
    }

    @Test
    void malformedLinesNameFileAndLine() {
        AliasTable.AliasFileException e = assertThrows(AliasTable.AliasFileException.class,
                () -> AliasTable.parse("a.tsv", "Macron\tEmmanuel Macron\nJust one name\n"));
        assertEquals("a.tsv:2: expected NAME<TAB>ALIAS (merge) or !NAME (keep separate), found \"Just one name\"",
                e.getMessage());
        assertThrows(AliasTable.AliasFileException.class, () -> AliasTable.parse("a.tsv", "Macron\t\n"));
        assertThrows(AliasTable.AliasFileException.class, () -> AliasTable.parse("a.tsv", "!\n"));
    }
}
