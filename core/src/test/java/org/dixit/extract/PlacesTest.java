package org.dixit.extract;

import static org.dixit.extract.QuoteFinder.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.dixit.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Place names are not people: no antecedent for "il"/"he", no speaker unless they are the subject
 * of the speech verb ("Berlin said"), a qualifier when they stand before a role noun. Sentences
 * from the Irish Times and Belgian news.
 */
class PlacesTest {

    @Test
    void multiWordPlaceIsNoAntecedentForHe() {
        String text = "Lindsey Graham is a Republican senator. The briefing was long. Reporters waited outside.\n"
                + "Making a distinction between Saudi Arabia and the crown prince, he said there was a \u201csmoking saw\u201d.";
        Quote q = find(EnglishRulesTest.extract(text), "there was");
        assertEquals("Lindsey Graham", q.speaker(), q::toString);
    }

    @Test
    void venueIsNoAntecedentForIl() {
        String text = "Yves Gambert est procureur à Angers. La nuit tombait. Tard dans la soirée, la police est arrivée. "
                + "L'alerte avait été donnée quand l'homme avait fait irruption dans le centre commercial Espace Anjou.\n"
                + "Il a affirmé que l'homme était armé.";
        Quote q = find(FrenchRulesTest.extract(text), "l'homme était armé");
        assertNotEquals("Espace Anjou", q.speaker(), q::toString);
        assertEquals("Yves Gambert", q.speaker(), q::toString);
    }

    @Test
    void placeBeforeARoleNounQualifiesTheRole() {
        String text = "\u201cAnyone who believes in the rules-based international legal order will have been shocked,\u201d "
                + "said Gibraltar chief minister Fabian Picardo.";
        Quote q = find(EnglishRulesTest.extract(text), "Anyone who");
        assertEquals("Fabian Picardo", q.speaker(), q::toString);
    }

    @Test
    void determinerPlaceAndRoleNounIsTheSubjectOfTheCue() {
        String text = "US senator Lindsey Graham spoke after the briefing.\n"
                + "\u201cYou have to be wilfully blind not to come to the conclusion,\u201d the South Carolina senator said.";
        Quote q = find(EnglishRulesTest.extract(text), "You have to be");
        assertEquals("Lindsey Graham", q.speaker(), q::toString);
        assertEquals("the South Carolina senator", q.speakerMention());
    }

    @Test
    void placeSubjectOfTheSpeechVerbStaysTheSpeaker() {
        Quote en = find(EnglishRulesTest.extract("On Thursday, Berlin said that a deal on the declaration needed to be finalised."),
                "a deal");
        assertEquals("Berlin", en.speaker(), en::toString);
        Quote fr = find(FrenchRulesTest.extract("Jeudi, Paris a annoncé que l'ambassadeur serait rappelé pour consultations."),
                "l'ambassadeur");
        assertEquals("Paris", fr.speaker(), fr::toString);
    }

    @Test
    void placeAfterAPrepositionIsNotTheSubject() {
        String text = "Senior political and official sources in Dublin and Brussels said on Friday night that "
                + "they expected the summit to adopt the withdrawal treaty.";
        Quote q = find(EnglishRulesTest.extract(text), "they expected");
        assertEquals("Senior political and official sources in Dublin and Brussels", q.speaker(), q::toString);
        Quote h = find(EnglishRulesTest.extract("Leading CDU figures in Hamburg conceded that Germany has been sleepwalking."),
                "Germany");
        assertEquals("Leading CDU figures in Hamburg", h.speaker(), h::toString);
        String fr = "La quasi-totalité des élus locaux reçus à Matignon jeudi avaient déjà estimé que l'exécutif devait faire un geste.";
        Quote m = find(FrenchRulesTest.extract(fr), "l'exécutif");
        assertNotEquals("Matignon", m.speaker(), m::toString);
    }

    @Test
    void placeQualifiedSourcesAreNotAnySources() {
        String text = "Pedro Sanchez will not be allowed to reopen the agreed treaty text, Brussels sources said.\n"
                + "Several sources said that EU leaders would seek to assist Mrs May when they meet on Sunday.";
        List<Quote> qs = EnglishRulesTest.extract(text);
        assertEquals("Brussels sources", find(qs, "Pedro Sanchez").speaker());
        assertEquals("several sources", find(qs, "EU leaders").speaker());
    }

    @Test
    void institutionNamedAfterAPlaceIsNotThePlace() {
        String text = "Des cas groupés ont été identifiés en France. "
                + "En octobre, Santé publique France avait indiqué que les enquêtes n'avaient pas permis de trouver d'explication.";
        Quote q = find(FrenchRulesTest.extract(text), "les enquêtes");
        assertEquals("Santé publique France", q.speaker(), q::toString);
    }

    @Test
    void metonymSubjectOfACopulaIsNotTheSpeakerOfTheInciseCue() {
        String text = "Le dirigeant de la France insoumise, Jean-Luc Mélenchon, a accusé l'exécutif de choisir le \"pourrissement\".\n"
                + "Matignon n'est \"pas un self-service\" et quand \"on est convié, on s'y rend\", a estimé pour sa part "
                + "la secrétaire d'État à l'Égalité femmes-hommes, Marlène Schiappa.";
        Quote q = find(FrenchRulesTest.extract(text), "Matignon");
        assertEquals("Marlène Schiappa", q.speaker(), q::toString);
    }

    @Test
    void withNoOneNamedIlIsThePersonLastDescribedAsASubject() {
        String text = "L'homme de 45 ans s'est rendu vers 22H40 après plusieurs heures de négociations. La nuit tombait. "
                + "L'alerte avait été donnée quand l'homme avait fait irruption dans le centre commercial Espace Anjou.\n"
                + "Détenant des sacs, il avait affirmé qu'il portait des explosifs.";
        Quote q = find(FrenchRulesTest.extract(text), "il portait");
        assertEquals("l'homme", q.speaker(), q::toString);
    }

    @Test
    void nationalityBeforeARoleNounQualifiesTheRole() {
        String text = "French president Emmanuel Macron was in Copenhagen on Tuesday. The far-right called him arrogant. "
                + "Reporters waited.\nThe French president said the reform would go ahead.";
        Quote q = find(EnglishRulesTest.extract(text), "the reform");
        assertEquals("Emmanuel Macron", q.speaker(), q::toString);
    }

    @Test
    void nameOpenedByANationalityIsNoOnesAndNoAntecedent() {
        String text = "Social protection has risen to 32 per cent of French GDP in 2016.\n"
                + "When the president addressed his compatriots, he said, \u201cFrance is not like other countries.\u201d";
        List<Quote> qs = EnglishRulesTest.extract(text);
        Quote q = qs.stream().filter(x -> x.text().contains("France is not")).findFirst()
                .orElseThrow(() -> new AssertionError(qs.toString()));
        assertNotEquals("French GDP", q.speaker(), q::toString);
    }

    @Test
    void roleOfAPlaceDescribesNoOneNamedWithoutThatRole() {
        String text = "Reporters Without Borders condemned the arrests on Monday.\n"
                + "The Egyptian prime minister said that the journalists had broken the law.";
        Quote q = find(EnglishRulesTest.extract(text), "the journalists");
        assertEquals("the Egyptian prime minister", q.speaker(), q::toString);
        // nor the name the article is about
        String pipeline = "Nord Stream 2 will carry Russian gas to Germany. Nord Stream is backed by Berlin. "
                + "Critics say Nord Stream makes Europe dependent.\n"
                + "US president observed last year that Germany was backing an energy deal.";
        Quote p = find(EnglishRulesTest.extract(pipeline), "Germany was backing");
        assertEquals("US president", p.speaker(), p::toString);
    }

    @Test
    void placePossessiveBeforeATitledNameStillNamesAPerson() {
        String text = "On Sunday, Saudi Arabia\u2019s King Salman opened the summit in Riyadh.\n"
                + "\u201cThis requires all of us to maintain our countries\u2019 gains,\u201d he said.";
        Quote q = find(EnglishRulesTest.extract(text), "This requires");
        assertNotEquals(null, q.speaker(), q::toString);
        assertEquals(true, q.speaker().endsWith("King Salman"), q::toString);
    }

    @Test
    void placeReadAfterARoleIsNoPersonNamedSo() {
        String text = "Dimanche verra l'arrivée d'un gilet jaune dans la capitale: José Manrubia. "
                + "Parti d'Arles le 16 décembre, cet artiste plasticien rallie Paris à pied après 34 jours de marche.\n"
                + "Il a estimé que le grand débat ne changerait rien.";
        Quote q = find(FrenchRulesTest.extract(text), "le grand débat");
        assertNotEquals("Paris", q.speaker(), q::toString);
    }
}
