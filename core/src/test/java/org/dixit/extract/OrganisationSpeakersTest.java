package org.dixit.extract;

import static org.dixit.extract.QuoteFinder.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dixit.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Organisations as speakers: named once with their kind ("Leetchi, plateforme de dons", "l'ASBL
 * Inter-Environnement Wallonie"), then referred to by a definite description of that kind ("la
 * plateforme", "l'ASBL"); documents standing for their issuer ("précise le communiqué").
 * Sentences from Belgian and Irish news.
 */
class OrganisationSpeakersTest {

    @Test
    void descriptionWithAnOrganisationHeadIsTheOrganisationNamedWithThatKind() {
        String text = "Leetchi, plateforme en ligne de collecte de dons, a annoncé avoir clos cette cagnotte.\n"
                + "\"La cagnotte n'accepte désormais plus de contributions\", a indiqué Leetchi sur son site.\n"
                + "L'ancien champion de boxe Christophe Dettinger est soupçonné d'avoir porté des coups à deux gendarmes.\n"
                + "\"Compte tenu des actes reprochés, aucune autre utilisation de la cagnotte ne saurait être acceptée\", "
                + "a écrit la plateforme.";
        Quote q = find(FrenchRulesTest.extract(text), "Compte tenu");
        assertEquals("Leetchi", q.speaker());
        assertEquals("la plateforme", q.speakerMention());
        assertNull(q.speakerGender(), "an organisation has no gender, only its noun has");
    }

    @Test
    void headsOfOneKindFitAndAPersonNamedInBetweenIsNotTheOrganisation() {
        String text = "La direction de l'organisation Inter-Environnement Wallonie (IEW) a décidé de porter plainte. "
                + "Deux courriers ont été adressés à des collaborateurs d'IEW, \"dont le contenu ne laisse aucun doute\", "
                + "souligne l'ASBL.\n"
                + "Une manifestation réclamera au ministre wallon de l'Agriculture, René Collin, \"de prendre des mesures "
                + "fortes\", indique encore l'organisation.";
        List<Quote> qs = FrenchRulesTest.extract(text);
        assertEquals("Inter-Environnement Wallonie", find(qs, "Deux courriers").speaker());
        assertEquals("Inter-Environnement Wallonie", find(qs, "Une manifestation").speaker());
    }

    @Test
    void pronounOpeningAnArticleAfterItsClauseIsTheOrganisationNamedInIt() {
        String text = "La direction de l'organisation Inter-Environnement Wallonie (IEW) a décidé de porter plainte après "
                + "avoir reçu deux courriers contenant des menaces de mort, indique-t-elle mardi dans un communiqué.";
        Quote q = find(FrenchRulesTest.extract(text), "La direction");
        assertEquals("Inter-Environnement Wallonie", q.speaker());
    }

    @Test
    void descriptionThatFitsNoOrganisationStaysTheSpeaker() {
        String text = "Nicolas Van Nuffel préside la Coalition Climat.\n"
                + "La société civile attend un \"grand bond en avant\" et \"des ambitions climatiques à la hausse\", "
                + "a déclaré la société civile.";
        Quote q = find(FrenchRulesTest.extract(text), "La société civile attend");
        assertEquals("la société civile", q.speaker());
    }

    @Test
    void organisationNamedInQuoteMarksAfterItsKindIsTheSpeaker() {
        String text = "Selon le collectif militant \"Désarmons-les\", une vingtaine de manifestants ont été blessés à "
                + "l'œil et la plupart éborgnés.";
        Quote q = find(FrenchRulesTest.extract(text), "une vingtaine");
        assertEquals("Désarmons-les", q.speaker());
    }

    @Test
    void acronymAndItsExpansionAreOneOrganisationNamedInFull() {
        String text = "À cette occasion, l’Ifop, l’Institut français d’opinion publique a publié une étude sur "
                + "\"le degré de bien-être sexuel des Européennes\". L'Ifop a estimé que les résultats étaient "
                + "\"surprenants\".";
        Quote q = find(FrenchRulesTest.extract(text), "les résultats");
        assertEquals("Institut français d’opinion publique", q.speaker());
    }

    @Test
    void descriptionOfTheBodyOfTheLastSpeakerGoesOnWithThatSpeaker() {
        String text = "\"Où va l'Italie? La vérité est que l'on ne sait pas\", estime l'éditorialiste du Corriere della Sera. "
                + "\"L'économie va mal, les enfants ne naissent plus\", poursuit le journal.";
        List<Quote> qs = FrenchRulesTest.extract(text);
        assertEquals("l'éditorialiste du Corriere della Sera", find(qs, "Où va").speaker());
        assertEquals("l'éditorialiste du Corriere della Sera", find(qs, "L'économie").speaker());
    }

    @Test
    void communiquéStandsForTheSourceTheSentenceBeforeCited() {
        String text = "Le procureur Patrick Desjardins a ouvert une enquête.\n"
                + "Dans le Sud-Est, la circulation restait \"très difficile\" dimanche matin, a indiqué la préfecture "
                + "du Var. Les échangeurs sont inaccessibles entre Béziers et Orange, précise le communiqué.";
        Quote q = find(FrenchRulesTest.extract(text), "Les échangeurs");
        assertEquals("la préfecture du Var", q.speaker());
        assertEquals("le communiqué", q.speakerMention());
    }

    @Test
    void sourceAfterSelonRunsToTheCommaAndTheCommuniquéAfterItIsThatSource() {
        String text = "Dimanche, la RN 113 était coupée entre Saint-Martin-de-Crau et Arles.\n"
                + "Dans le Sud-Est la circulation restait \"très difficile\" dimanche matin sur plusieurs axes routiers, "
                + "selon Vinci autoroutes, notamment dans l'Hérault sur l'A9, qui reste coupée à Agde et à Sète. "
                + "Les échangeurs sont inaccessibles entre Béziers et Orange, précise le communiqué.";
        List<Quote> qs = FrenchRulesTest.extract(text);
        assertEquals("Vinci autoroutes", find(qs, "Dans le Sud-Est").speaker());
        assertEquals("Vinci autoroutes", find(qs, "Les échangeurs").speaker());
    }

    @Test
    void communiquéStandsForWhoeverIssuedOneAndItsComplementNamesTheIssuer() {
        String text = "\"A ce jour, les causes de l'effondrement ne sont pas établies\", précise le procureur de la "
                + "République de Marseille, Xavier Tarabeux, dans un communiqué. L'enquête a été confiée à trois juges.\n"
                + "L'instruction a été ouverte pour \"homicides involontaires\", ajoute le communiqué.\n"
                + "Le 63 avait été \"condamné à la suite d'une procédure d'expropriation\", ajoute le communiqué du "
                + "procureur.";
        List<Quote> qs = FrenchRulesTest.extract(text);
        assertEquals("Xavier Tarabeux", find(qs, "L'instruction").speaker());
        assertEquals("Xavier Tarabeux", find(qs, "Le 63").speaker());
    }

    @Test
    void communiquéWithNoKnownIssuerStaysTheSpeaker() {
        String text = "Un automobiliste est mort samedi à Arles.\n"
                + "Les échangeurs sont inaccessibles entre Béziers et Orange, précise le communiqué.";
        Quote q = find(FrenchRulesTest.extract(text), "Les échangeurs");
        assertEquals("le communiqué", q.speaker());
    }

    @Test
    void englishOrganisationNameBeforeItsKindIsTheNameAndTheKindPointsBackToIt() {
        String text = "The hard-left France Unbowed party said Macron was showing “disdain” to the French people.\n"
                + "The centrist president shot back that he had been “humorous”.\n"
                + "The party said the comments were “an insult to the French”.";
        List<Quote> qs = EnglishRulesTest.extract(text);
        assertEquals("France Unbowed", find(qs, "Macron was").speaker());
        assertEquals("France Unbowed", find(qs, "the comments").speaker());
    }

    @Test
    void oneCapitalisedAdjectiveBeforeAKindIsNotAnOrganisationName() {
        String text = "Ateret Cohanim, a right-wing Jewish association, has bought buildings in Silwan.\n"
                + "But the organisation claims it is not seeking confrontation.";
        Quote q = find(EnglishRulesTest.extract(text), "it is not");
        assertEquals("the organisation", q.speaker());
    }
}
