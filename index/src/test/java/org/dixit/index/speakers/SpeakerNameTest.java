package org.dixit.index.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dixit.index.speakers.SpeakerName.Shape;
import org.junit.jupiter.api.Test;

class SpeakerNameTest {

    @Test
    void fullNamesAndTheirSurnames() {
        SpeakerName n = SpeakerName.parse("Jean-Yves Le Drian");
        assertEquals(Shape.FULL_NAME, n.shape());
        assertEquals("jean yves le drian", n.key());
        assertEquals(List.of("le drian", "drian"), n.surnames());
        assertEquals("christophe castaner", SpeakerName.parse("M. Christophe Castaner").key());
        assertEquals("donald trump", SpeakerName.parse("Donald J. Trump").key(), "middle initial dropped");
        assertEquals(SpeakerName.parse("Edouard Philippe").key(), SpeakerName.parse("Édouard Philippe").key());
    }

    @Test
    void surnamesAloneWithHonorificsAndParticles() {
        SpeakerName m = SpeakerName.parse("M. Castaner");
        assertEquals(Shape.SURNAME, m.shape());
        assertEquals("castaner", m.key());
        assertEquals("m", m.genderHint());
        assertEquals("f", SpeakerName.parse("Mme Le Pen").genderHint());
        assertEquals(Shape.SURNAME, SpeakerName.parse("Le Drian").shape());
        assertEquals(Shape.SURNAME, SpeakerName.parse("Macron").shape());
        assertNull(SpeakerName.parse("Macron").genderHint());
    }

    @Test
    void descriptionsAreNotNames() {
        assertEquals(Shape.DESCRIPTION, SpeakerName.parse("la police").shape());
        assertEquals(Shape.DESCRIPTION, SpeakerName.parse("Premier ministre").shape());
        SpeakerName d = SpeakerName.parse("le gouverneur du Hainaut Tommy Leclercq");
        assertEquals(Shape.DESCRIPTION, d.shape());
        assertEquals(List.of("hainaut tommy leclercq", "tommy leclercq"), d.nameTail());
    }
}
