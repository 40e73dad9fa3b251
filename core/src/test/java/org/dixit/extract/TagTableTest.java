package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagTableTest {
    @Test
    void returnsStoredBitsAndZeroForOtherWords() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            m.put("mot" + i, i + 1);
        }
        TagTable t = new TagTable(m);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i + 1, t.get(new String("mot" + i)));
        }
        assertEquals(0, t.get("mot1000"));
        assertEquals(0, t.get(""));
    }

    @Test
    void wordsWithTheSameHashAreTold() {
        // "Aa" and "BB" have the same String.hashCode
        assertEquals("Aa".hashCode(), "BB".hashCode());
        TagTable t = new TagTable(Map.of("Aa", 4));
        assertEquals(4, t.get("Aa"));
        assertEquals(0, t.get("BB"));
        TagTable both = new TagTable(Map.of("Aa", 4, "BB", 8));
        assertEquals(4, both.get("Aa"));
        assertEquals(8, both.get("BB"));
    }

    @Test
    void entriesWithoutBitsAreAbsent() {
        TagTable t = new TagTable(Map.of("le", 0, "la", 2));
        assertEquals(0, t.get("le"));
        assertEquals(2, t.get("la"));
    }
}
