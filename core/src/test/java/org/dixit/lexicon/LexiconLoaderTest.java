package org.dixit.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dixit.grammar.fr.FrenchGrammar;
import org.junit.jupiter.api.Test;

class LexiconLoaderTest {
    private static final Lexicon FR = new LexiconLoader(new FrenchGrammar()).load();

    @Test
    void conjugatesRegularAndIrregularSpeechVerbs() {
        assertTrue(FR.speechVerb("déclaré").is(FormKind.PAST_PARTICIPLE));
        assertTrue(FR.speechVerb("lançait").is(FormKind.FINITE));
        assertTrue(FR.speechVerb("répète").is(FormKind.FINITE));
        assertTrue(FR.speechVerb("rappelle").is(FormKind.FINITE));
        assertTrue(FR.speechVerb("avertit").is(FormKind.FINITE));
        assertTrue(FR.speechVerb("reconnaissant").is(FormKind.PRESENT_PARTICIPLE));
        VerbForm dit = FR.speechVerb("dit");
        assertTrue(dit.is(FormKind.PAST_PARTICIPLE) && dit.is(FormKind.FINITE));
        assertEquals("dire", dit.lemma());
        assertTrue(FR.speechVerb("félicitée").pronominal());
        assertNull(FR.speechVerb("mange"));
        assertTrue(FR.speechVerbs().size() > 1500, "forms: " + FR.speechVerbs().size());
    }

    @Test
    void loadsPronounsHonorificsRolesAndNames() {
        assertEquals(Gender.FEMALE, FR.pronouns().get("elle").gender());
        assertTrue(FR.pronouns().get("ils").plural());
        assertEquals(Gender.FEMALE, FR.honorifics().get("Mme"));
        assertEquals(Gender.MALE, FR.roles().get("président"));
        assertEquals(Gender.FEMALE, FR.firstNames().get("Priscillia"));
        assertNotNull(FR.locutions().get("faire"));
        assertEquals('»', FR.quotePairs().get('«'));
    }

    @Test
    void organisationHeadsOfOneKindOrOfTheGenericKindFit() {
        assertTrue(FR.organisationHeadsFit("asbl", "association"));
        assertTrue(FR.organisationHeadsFit("asbl", "organisation"));
        assertTrue(!FR.organisationHeadsFit("asbl", "journal"));
        assertTrue(!FR.organisationHeadsFit("président", "journal"));
        assertEquals(Gender.FEMALE, FR.organisationGender("plateforme"));
        assertTrue(FR.documents().contains("communiqué"));
    }

    @Test
    void fieldsAreWhatSplittingOnWhitespaceGives() {
        for (String line : new String[] {"Aaron m", "se réjouir  que\tincise", "a", "", " ", "  a b", "a b  ",
                "dire | pp: dit dite\u000Bdits", "x\r\ny\f z", "J.-C. m\u00A0f"}) {
            assertArrayEquals(line.split("\\s+"), LexiconLoader.fields(line), "[" + line + "]");
        }
    }
}
