package org.dixit.extract;

import static org.dixit.extract.QuoteFinder.find;
import static org.dixit.extract.FrenchRulesTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

/**
 * Speakers found through the discourse rather than next to the cue: descriptions and
 * demonstratives that point back, floating quotes after a sentence about the speaker, capitals owed
 * to sentence position, object clitics, relative "selon qui". Sentences from Belgian news.
 */
class FrenchDiscourseTest {

    @Test
    void twoWordRoleIsTheHeadOfTheRolePhraseAndPointsToItsHolder() {
        String text = "La rencontre a tourné au fiasco, le Premier ministre Edouard Philippe assurant toutefois que la porte restait ouverte. "
                + "Le ministre de la Transition écologique François de Rugy était présent.\n"
                + "\"Cet échange a eu lieu\", a déclaré le Premier ministre après la discussion.";
        Quote q = find(extract(text), "Cet échange");
        assertEquals("Edouard Philippe", q.speaker());
        assertEquals("le Premier ministre", q.speakerMention());
    }

    @Test
    void placeAfterPrepositionTakesNoRoleFromAnApposition() {
        String text = "Le président Emmanuel Macron a parlé lundi au Caire. "
                + "La conférence a été dominée par la situation en Egypte, le président français déplorant la dégradation de la situation.\n"
                + "\"Je ne voudrais pas que soient confondus ces casseurs avec des concitoyens\", a encore déclaré le président français.";
        Quote q = find(extract(text), "Je ne voudrais");
        assertEquals("Emmanuel Macron", q.speaker());
    }

    @Test
    void nameAfterARolePhraseAndACommaIsTheSpeaker() {
        String text = "La Gendarmerie nationale a estimé que la clôture était logique.\n"
                + "\"A quel degré de haine on en est arrivé?\", s'était interrogée, la secrétaire d'Etat à l'Egalité "
                + "entre les femmes et les hommes, Marlène Schiappa.";
        Quote q = find(extract(text), "A quel degré");
        assertEquals("Marlène Schiappa", q.speaker());
    }

    @Test
    void placeNameInsideARoleIsNotTheSpeakerWhenAPersonIsNamedAfterIt() {
        String text = "\"On suit la situation\", expliquait la porte-parole de la zone de police Bruxelles Capitale-Ixelles, Ilse Van de Keere.";
        Quote q = find(extract(text), "On suit");
        assertEquals("Ilse Van de Keere", q.speaker());
    }

    @Test
    void capitalisedFunctionWordAfterAnHonorificStartsTheName() {
        String text = "\"Nous gagnerons\", a déclaré Marine Le Pen.\n\"Nous gagnerons encore\", a déclaré Mme Le Pen.";
        Quote q = find(extract(text), "Nous gagnerons encore");
        assertEquals("Marine Le Pen", q.speaker());
        assertEquals("Mme Le Pen", q.speakerMention());
    }

    @Test
    void descriptionBeforeANameIsThatPersonsTitle() {
        String text = "\"La fronde dépasse le monde rural\", observe le géographe Christophe Guilluy dans un entretien au Figaro.";
        Quote q = find(extract(text), "La fronde");
        assertEquals("Christophe Guilluy", q.speaker());
    }

    @Test
    void oneWordNameWithAnAgeIsAPerson() {
        String text = "Nathalie Labedade manifeste à Paris. A Bordeaux, Maïté, 63 ans, pense que les manifestants ne sont pas antisémites. "
                + "\"Chez nous on a eu des croix gammées sur les murs\", lance cette retraitée.";
        Quote q = find(extract(text), "Chez nous");
        assertEquals("Maïté", q.speaker());
    }

    @Test
    void indefiniteDescriptionIsSomeoneNew() {
        String text = "La page Opération YellowStorm Belgium appelle à manifester. "
                + "\"Certains hésitent à cause du prix du train\", indiquait un manifestant.";
        Quote q = find(extract(text), "Certains hésitent");
        assertEquals("un manifestant", q.speakerMention());
        assertEquals("un manifestant", q.speaker());
    }

    @Test
    void agencyBeforeAGivenNameIsNotPartOfTheName() {
        String text = "\"Il va falloir comprendre\", a dit à l'AFP Serge, 73 ans.\n"
                + "Parmi les manifestants, l'un détonne: Charles-Emmanuel de Bourbon-Parme, 36e du rang parmi les prétendants. "
                + "\"Je suis gilet jaune depuis le départ\", rappelle à l'AFP le prince de Parme.";
        List<Quote> qs = extract(text);
        assertEquals("Serge", find(qs, "Il va falloir").speaker());
        assertEquals("Charles-Emmanuel de Bourbon-Parme", find(qs, "Je suis").speaker());
    }

    @Test
    void participleInAnAbsoluteConstructionHasTheNounPhraseBeforeItAsSubject() {
        String text = "La rencontre entre l'exécutif et les \"gilets jaunes\" a tourné au fiasco, le Premier ministre "
                + "Edouard Philippe assurant toutefois que \"la porte de Matignon [serait] toujours ouverte\" aux représentants.";
        Quote q = find(extract(text), "\"la porte de Matignon");
        assertEquals("Edouard Philippe", q.speaker());
    }

    @Test
    void participleOpeningTheTextTakesTheSubjectOfTheMainClause() {
        // the participle is the first token: there is no noun phrase before it to read
        String text = "Dénonçant \"un acte grave\", le président LREM de l'Assemblée nationale, Richard Ferrand, "
                + "a dit porter plainte vendredi soir.";
        Quote q = find(extract(text), "un acte grave");
        assertEquals("Richard Ferrand", q.speaker());
    }

    @Test
    void roleDescriptionFarFromTheNamePointsToTheArticlesMainPerson() {
        String text = "La conférence que devait tenir Theo Francken à Verviers, mardi soir, a finalement été annulée. "
                + "Initialement prévue à Barchon, la conférence de Theo Francken a été déplacée à plusieurs reprises.\n"
                + "Informée de cette possible venue, la FGTB avait invité ses militants à manifester.\n"
                + "Ils étaient près de 200 devant l'établissement dès 18h00.\n"
                + "Du mobilier a été lancé à l'arrivée de sympathisants de l'ex-secrétaire d'État à l'Asile et la Migration.\n"
                + "Finalement l'ancien secrétaire d'Etat a annulé la conférence. \"La police ne peut pas garantir ma sécurité\", "
                + "a indiqué l'ex-secrétaire d'Etat.\n"
                + "A leur sortie, les sympathisants de Theo Francken ont été escortés.";
        Quote q = find(extract(text), "La police");
        assertEquals("Theo Francken", q.speaker(), q::toString);
        assertEquals("l'ex-secrétaire d'Etat", q.speakerMention());
    }

    @Test
    void formerHolderOfARoleIsStillDescribedByIt() {
        String text = "On ne présente plus Hugo Clément, ex-journaliste de Quotidien, actuellement employé par le média Konbini. "
                + "Samedi, il circulait en scooter sur Paris.\n"
                + "Le journaliste est formel: \"Le projectile provenait du cordon des forces de l'ordre\".";
        Quote q = find(extract(text), "Le projectile");
        assertEquals("Hugo Clément", q.speaker(), q::toString);
    }

    @Test
    void answersToAnInterviewersQuestionsAreTheIntervieweesWords() {
        String text = "Ce samedi, dans La DH, Theo Francken plaidait pour un MR de droite décomplexée. "
                + "Il a été entendu par Alain Destexhe, député bruxellois aux sorties souvent controversées.\n"
                + "Vous êtes d’accord avec l’analyse de Theo Francken ?\n"
                + "\"J’ai lu son interview et je suis d’accord avec tout ! La N-VA amène des sujets importants dans le débat.\"\n"
                + "C’est paradoxal…\n"
                + "\"Les partis de gauche envoient un message désastreux à la Flandre.\"";
        List<Quote> qs = extract(text);
        assertEquals("Alain Destexhe", find(qs, "J’ai lu").speaker(), qs::toString);
        assertEquals("Alain Destexhe", find(qs, "Les partis").speaker());
    }

    @Test
    void honorificGivesTheRoleThatALaterDescriptionNames() {
        String text = "Me Michèle Hirsch représente les parties civiles au procès.\n"
                + "Marie Dubois, la soeur d'une victime, était présente jeudi.\n"
                + "\"Qui d'autre que M. Nemmouche pouvait consulter le site ?\", a demandé l'avocate.";
        Quote q = find(extract(text), "Qui d'autre");
        assertEquals("Michèle Hirsch", q.speaker(), q::toString);
    }

    @Test
    void chefDeLEtatIsThePresidentOfTheCountry() {
        String text = "Le président Emmanuel Macron était lundi au Caire. Nicolas Dupont-Aignan, président de Debout la France, "
                + "a dénoncé ses annonces.\n"
                + "\"Je déplore que 11 de nos concitoyens aient perdu la vie\", a déclaré le chef de l'Etat.";
        Quote q = find(extract(text), "Je déplore");
        assertEquals("Emmanuel Macron", q.speaker(), q::toString);
        assertEquals("le chef de l'Etat", q.speakerMention());
    }

    @Test
    void sentenceInitialCommonWordIsNotAName() {
        String text = "Parmi les manifestants se trouvait Muriel Targnion, la bourgmestre de Verviers. "
                + "Celle-ci n'a pas hésité à réagir au micro de RTL-TVI.\n"
                + "\"Je souhaitais être parmi les manifestants, car je réprouve le populisme\".";
        Quote q = find(extract(text), "Je souhaitais");
        assertEquals("Muriel Targnion", q.speaker());
        assertEquals("direct.floating", q.evidence().rule());
    }

    @Test
    void floatingQuoteFollowsTheNamedSubjectOfThePreviousSentence() {
        String text = "Président de la Coalition Climat, Nicolas Van Nuffel ne masque pas un certain optimisme. "
                + "\"En 2009, nous avions réuni 15000 personnes au moment du sommet de Copenhague.\"";
        Quote q = find(extract(text), "En 2009");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Nicolas Van Nuffel", q.speaker());
    }

    @Test
    void demonstrativeDescriptionPointsBackToTheLastSpeaker() {
        String text = "Et quand la parole dérape, elle est immédiatement réprimée, assure Pierre à quelques mètres. "
                + "\"Tout à l'heure un type a crié des insultes, on lui est tous tombés dessus\", raconte cet étudiant en histoire.";
        Quote q = find(extract(text), "Tout à l'heure");
        assertEquals("Pierre", q.speaker());
        assertEquals("cet étudiant", q.speakerMention());
        assertTrue(q.evidence().chain().stream().anyMatch(s -> s.contains("last speaker")), q.evidence()::toString);
    }

    @Test
    void timeNounAfterCueIsNotASpeaker() {
        String text = "Le ministre de l'Intérieur Jan Jambon a réagi. \"Nous allons renforcer les contrôles\", a-t-il déclaré ce matin.";
        Quote q = find(extract(text), "Nous allons");
        assertEquals("Jan Jambon", q.speaker());
    }

    @Test
    void descriptionOfSomeoneNamedBeforeResolvesToThem() {
        String text = "Christophe Dettinger s'est rendu lundi à la police. "
                + "\"J'ai mal réagi\", a reconnu l'ancien champion de boxe.";
        Quote q = find(extract(text), "J'ai mal");
        assertEquals("Christophe Dettinger", q.speaker());
    }

    @Test
    void objectCliticBeforeTheCueIsNotTheSpeaker() {
        String text = "Le gouvernement a appelé les manifestants au calme. "
                + "\"On ne lâche rien, le Ve acte aura bien lieu samedi\", lui ont répondu, comme d'autres, "
                + "les \"gilets jaunes\" de Montceau-les-Mines.";
        Quote q = find(extract(text), "On ne lâche rien");
        assertEquals("ont répondu", q.cue());
        assertEquals("les \"gilets jaunes\" de Montceau-les-Mines", q.speaker());
    }

    @Test
    void selonQuiTakesTheAntecedentAsSource() {
        String text = "Même son de cloche chez Gaël Perdriau, le maire LR de Saint-Etienne, selon qui "
                + "\"le message des gilets jaunes devient inaudible\".";
        Quote q = find(extract(text), "le message");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Gaël Perdriau", q.speaker());
        assertEquals("selon qui", q.cue());
    }

    @Test
    void pluralCollectiveAfterAnIncise() {
        String text = "Ce décret oriente la rancoeur des couches sociales appauvries vers l'intolérance, dénoncent les associations.";
        Quote q = find(extract(text), "Ce décret");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("les associations", q.speaker());
    }

    @Test
    void speechVerbRightBeforeAQuoteMakesItDirect() {
        String text = "La manifestation a été annulée par son organisateur, Gary Ducran, qui invoque "
                + "\"un cahier des charges trop important\".";
        Quote q = find(extract(text), "un cahier");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("invoque", q.cue());
        assertEquals("direct.cue-then-quote", q.evidence().rule());
    }

    @Test
    void outletBeforeTheSpeakerIsSkipped() {
        String text = "Les instruments semblent en bon état, a dit jeudi à l'AFP le chef du directorat scientifique "
                + "de la Nasa, Thomas Zurbuchen.";
        Quote q = find(extract(text), "Les instruments");
        assertEquals("Thomas Zurbuchen", q.speaker());
    }
}
