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
}
