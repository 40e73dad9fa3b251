package org.dixit.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dixit.lexicon.Gender;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {

    @Test
    void surnameJoinsTheFullName() {
        EntityRegistry reg = new EntityRegistry();
        Entity full = reg.add("Kassym-Jomart Tokaïev", Gender.MALE, true, 3);
        Entity sur = reg.add("Tokaïev", Gender.UNKNOWN, true, 20);
        assertSame(full, sur);
        assertEquals("Kassym-Jomart Tokaïev", reg.resolveName("Tokaïev", 30).fullName());
    }

    @Test
    void namesMatchWithoutTheirAccents() {
        EntityRegistry reg = new EntityRegistry();
        Entity full = reg.add("Agnès Von Der Mühll", Gender.FEMALE, true, 4);
        assertSame(full, reg.add("Von Der Muhll", Gender.FEMALE, true, 40));
        assertEquals("Agnès Von Der Mühll", reg.resolveName("Von Der Muhll", 50).fullName());
        assertNotSame(full, reg.add("Von Der Leyen", Gender.FEMALE, true, 60));
    }

    @Test
    void acronymIsTheEntityWhoseWordsSpellIt() {
        EntityRegistry reg = new EntityRegistry();
        Entity iew = reg.add("Inter-Environnement Wallonie", Gender.UNKNOWN, false, 2);
        assertSame(iew, reg.add("IEW", Gender.UNKNOWN, false, 9));
        assertEquals("Inter-Environnement Wallonie", reg.resolveName("IEW", 12).fullName());
        // the acronym first, the full name later: one entity, named in full
        EntityRegistry other = new EntityRegistry();
        Entity ifop = other.add("Ifop", Gender.UNKNOWN, false, 1);
        assertSame(ifop, other.add("Institut français d\u2019opinion publique", Gender.UNKNOWN, false, 3));
        assertEquals("Institut français d\u2019opinion publique", other.resolveName("Ifop", 5).fullName());
        // letters that spell nothing registered make an entity of their own
        assertNotSame(iew, reg.add("WWF", Gender.UNKNOWN, false, 20));
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndTheLastNamedWins() {
        EntityRegistry reg = new EntityRegistry();
        Entity marine = reg.add("Marine Le Pen", Gender.FEMALE, true, 1);
        Entity jm = reg.add("Jean-Marie Le Pen", Gender.MALE, true, 10);
        assertNotSame(marine, jm);
        assertEquals("Jean-Marie Le Pen", reg.resolveName("Le Pen", 15).fullName());
        assertEquals("Marine Le Pen", reg.resolveName("Le Pen", 5).fullName());
    }

    @Test
    void rolesMatchWithCompatibleQualifiers() {
        EntityRegistry reg = new EntityRegistry();
        Entity t = reg.add("Kassym-Jomart Tokaïev", Gender.MALE, true, 1);
        t.addRoleFrom("président", List.of("kazakhstan"), "président du Kazakhstan");
        Entity p = reg.add("Vladimir Poutine", Gender.MALE, true, 50);
        p.addRoleFrom("président", List.of("russe"), "président russe");
        assertEquals(List.of(t), reg.withRole("président", List.of("kazakh"), 60));
        assertEquals(p, reg.withRole("président", List.of(), 60).get(0));
    }

    @Test
    void organisationEvidenceWinsOverATwoWordNameAndOrganisationsComeMostRecentFirst() {
        EntityRegistry reg = new EntityRegistry();
        Entity iew = reg.add("Inter-Environnement Wallonie", Gender.UNKNOWN, true, 2);
        assertEquals(true, iew.person());
        iew.markOrganisation();
        assertEquals(false, iew.person());
        Entity fwa = reg.add("FWA", Gender.UNKNOWN, false, 40);
        fwa.markOrganisation();
        reg.add("René Collin", Gender.MALE, true, 50);
        reg.add("IEW", Gender.UNKNOWN, false, 60);
        assertEquals(List.of(iew, fwa), reg.organisationsBefore(70));
        assertEquals(List.of(fwa, iew), reg.organisationsBefore(45));
        assertEquals(List.of(), reg.peopleBefore(70).stream().filter(Entity::organisation).toList());
    }

    @Test
    void placeAndANameThatEndsWithItStayApartUnlessThatNameIsAPersons() {
        EntityRegistry reg = new EntityRegistry(java.util.Set.of("France", "Kerry")::contains);
        Entity france = reg.add("France", Gender.UNKNOWN, false, 1);
        Entity bank = reg.add("Banque de France", Gender.UNKNOWN, false, 5);
        assertNotSame(france, bank);
        assertEquals("France", reg.resolveName("France", 9).fullName());
        Entity kerry = reg.add("John Kerry", Gender.MALE, true, 12);
        assertSame(kerry, reg.add("Kerry", Gender.UNKNOWN, false, 15));
        assertEquals("John Kerry", reg.resolveName("Kerry", 20).fullName());
    }
}
