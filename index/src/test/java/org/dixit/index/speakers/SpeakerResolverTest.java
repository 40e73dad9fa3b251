package org.dixit.index.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dixit.index.NamedCount;
import org.dixit.index.SpeakerEntity;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private static Map<String, SpeakerTally> tallies(Object... nameCount) {
        Map<String, SpeakerTally> m = new HashMap<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            String name = (String) nameCount[i];
            m.put(name, new SpeakerTally().quotes(name, (Integer) nameCount[i + 1]));
        }
        return m;
    }

    private static SpeakerEntity entityOf(List<SpeakerResolver.Resolved> rs, String key) {
        return rs.stream().filter(r -> r.keys().contains(key)).findFirst().orElseThrow().entity();
    }

    @Test
    void surnameJoinsTheOnlyFullNameWithIt() {
        Map<String, SpeakerTally> t = tallies("Christophe Castaner", 5, "M. Castaner", 2, "Castaner", 1,
                "M. Christophe Castaner", 1);
        t.get("Christophe Castaner").role("ministre de l'Intérieur", 4).gender("m", 5).month("2019-02", 5);
        List<SpeakerResolver.Resolved> rs = SpeakerResolver.resolve(t, AliasTable.empty());
        assertEquals(1, rs.size());
        SpeakerEntity e = rs.get(0).entity();
        assertEquals("christophe-castaner", e.id());
        assertEquals("Christophe Castaner", e.name());
        assertEquals(9, e.quoteCount());
        assertEquals("m", e.gender());
        assertEquals(List.of(new NamedCount("ministre de l'Intérieur", 4)), e.roles());
        assertEquals(Map.of("2019-02", 5), e.months());
        assertEquals(Set.of("christophe castaner", "castaner"), rs.get(0).keys());
        assertEquals(4, e.aliases().size());
    }

    @Test
    void sameSurnameTwoPeopleStayApart() {
        List<SpeakerResolver.Resolved> rs = SpeakerResolver.resolve(
                tallies("Marine Le Pen", 3, "Jean-Marie Le Pen", 2, "Le Pen", 4), AliasTable.empty());
        assertEquals(3, rs.size(), "an ambiguous surname is its own entity");
        assertEquals("le-pen", entityOf(rs, "le pen").id());
        assertEquals("marine-le-pen", entityOf(rs, "marine le pen").id());
    }

    @Test
    void contradictoryGenderBlocksTheSurnameRule() {
        Map<String, SpeakerTally> t = tallies("Christophe Castaner", 3, "Mme Castaner", 1);
        t.get("Christophe Castaner").gender("m", 3);
        assertEquals(2, SpeakerResolver.resolve(t, AliasTable.empty()).size());
    }

    @Test
    void descriptionEndingWithAKnownNameJoinsIt() {
        List<SpeakerResolver.Resolved> rs = SpeakerResolver.resolve(
                tallies("Tommy Leclercq", 3, "le gouverneur du Hainaut Tommy Leclercq", 2, "la police", 4),
                AliasTable.empty());
        assertEquals(2, rs.size());
        assertEquals(5, entityOf(rs, "tommy leclercq").quoteCount());
        assertEquals(SpeakerEntity.Kind.DESCRIPTION, entityOf(rs, "la police").kind());
    }

    @Test
    void aliasFileMergesAndSplits() {
        Map<String, SpeakerTally> t = tallies("Christophe Castaner", 3, "Castaner", 1, "le ministre", 2,
                "Marine Le Pen", 3, "Le Pen", 1);
        AliasTable aliases = AliasTable.parse("a", "Christophe Castaner\tle ministre\n!Castaner\tChristophe Castaner\n"
                + "!Le Pen\n");
        List<SpeakerResolver.Resolved> rs = SpeakerResolver.resolve(t, aliases);
        assertEquals(5, entityOf(rs, "christophe castaner").quoteCount(), "merged: 3 + 2 from 'le ministre'");
        assertEquals("castaner", entityOf(rs, "castaner").id(), "split from Christophe Castaner");
        assertEquals("le-pen", entityOf(rs, "le pen").id(), "kept separate although one Le Pen exists");
        assertTrue(entityOf(rs, "le ministre").aliases().contains(new NamedCount("le ministre", 2)));
    }

    @Test
    void aliasNameBecomesTheDisplayedName() {
        Map<String, SpeakerTally> t = tallies("Macron", 4, "le chef de l'Etat", 2);
        List<SpeakerResolver.Resolved> rs = SpeakerResolver.resolve(t,
                AliasTable.parse("a", "Emmanuel Macron\tMacron\tle chef de l'Etat\n"));
        assertEquals(1, rs.size());
        assertEquals("Emmanuel Macron", rs.get(0).entity().name());
        assertEquals("emmanuel-macron", rs.get(0).entity().id());
        assertEquals(6, rs.get(0).entity().quoteCount());
    }
}
