package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dixit.grammar.en.EnglishGrammar;
import org.dixit.model.Article;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

/** The English grammar on Irish Times style sentences. */
class EnglishRulesTest {
    private static final RuleBasedExtractor EN = new RuleBasedExtractor(new EnglishGrammar());

    static List<Quote> extract(String text) {
        return EN.extract(new Article("t", null, null, null, null, "en", text)).quotes();
    }

    @Test
    void capitalisedModalInsideANameIsPartOfIt() {
        String text = "Prime Minister Theresa May said the deal was done.\n"
                + "\u201cWe will deliver,\u201d Theresa May said.\n\u201cIt is the best deal,\u201d Mrs May added.";
        List<Quote> qs = extract(text);
        assertEquals(3, qs.size(), qs::toString);
        for (Quote q : qs) {
            assertEquals("Theresa May", q.speaker(), q::toString);
        }
        assertEquals("Mrs May", qs.get(2).speakerMention());
    }

    @Test
    void titleWithAComplementBeforeANameIsNotPartOfTheName() {
        String text = "Minister for Justice Charlie Flanagan has called on the DUP to show \u201cleadership\u201d as it embarks on talks.";
        Quote q = extract(text).get(0);
        assertEquals("Charlie Flanagan", q.speaker(), q::toString);
        // a title before a given name alone is how popes and kings are named
        Quote pope = extract("Pope Francis called on the world to put aside \u201cpartisan interests\u201d.").get(0);
        assertEquals("Pope Francis", pope.speaker(), pope::toString);
    }

    @Test
    void nameInAppositionInAnAbsoluteConstructionIsTheParticiplesSubject() {
        String text = "Daniela Tejada said her husband was terrified.\n"
                + "There are hopes that the UAE will show some leniency, with the head of its foreign ministry\u2019s legal "
                + "department, Abdulla al-Naqbi, also saying the nation wants to find an \u201camicable solution\u201d.";
        List<Quote> qs = extract(text);
        Quote q = qs.stream().filter(x -> x.text().contains("amicable")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("Abdulla al-Naqbi", q.speaker(), q::toString);
    }

    @Test
    void honorificEndsTheNameBeforeIt() {
        // as scraped: the space between the name and the verb is lost, so the verb looks like part of the name
        String text = "Mr Vesperini suggested it might be necessary to change to an all electric system."
                + "Mayor of the ninth district Delphine Burklicalled Mr Vesperini\u2019s allegations \u201cindecent\u201d. "
                + "She said it was \u201ctime to help the victims and organise assistance, not this kind of debate\u201d.";
        List<Quote> qs = extract(text);
        Quote q = qs.stream().filter(x -> x.text().contains("time to help")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("Delphine Burklicalled", q.speaker(), q::toString);
    }

    @Test
    void accordingToSetOffInsideTheSentenceVouchesForWhatFollows() {
        String text = "Asadi enjoyed diplomatic status in Austria and was, according to Bavarian authorities, "
                + "responsible for the surveillance of Iran\u2019s adversaries in Europe. "
                + "Government spending has risen to 57 per cent of GDP, the highest in the OECD and, according to some sources, "
                + "the highest in the world.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("responsible for the surveillance of Iran\u2019s adversaries in Europe", qs.get(0).text());
        assertEquals(QuoteType.SELON, qs.get(0).type());
        assertEquals("Bavarian authorities", qs.get(0).speaker());
        assertEquals("the highest in the world", qs.get(1).text());
    }

    @Test
    void bareTitleBeforeANameWithOrWithoutAQualifier() {
        String text = "The government offered concessions.\u201cThe President will make important announcements,\u201d "
                + "government spokesman Benjamin Griveaux said on LCI television on Sunday.\n"
                + "\u201cWhat seems self-evident is being called into question,\u201d said chancellor Angela Merkel, in a nod to populists.\n"
                + "Republican senator Lindsey Graham said he could no longer support US arms sales to Saudi Arabia.\n"
                + "\u201cYou have to be wilfully blind not to come to the conclusion that this was orchestrated,\u201d "
                + "the South Carolina senator said.";
        List<Quote> qs = extract(text);
        assertEquals(4, qs.size(), qs::toString);
        assertEquals("Benjamin Griveaux", qs.get(0).speaker());
        assertEquals("government spokesman Benjamin Griveaux", qs.get(0).speakerMention());
        assertEquals("Angela Merkel", qs.get(1).speaker());
        assertEquals("Lindsey Graham", qs.get(2).speaker());
        assertEquals("Lindsey Graham", qs.get(3).speaker(), qs.get(3)::toString);
        assertEquals("the South Carolina senator", qs.get(3).speakerMention());
    }

    @Test
    void fullNameSeenOnlyAsAPossessorStillNamesThePerson() {
        String text = "Protesters are angry over rising fuel costs and President Emmanuel Macron\u2019s economic policies.\n"
                + "Mr Macron has insisted that the fuel tax rises are a necessary pain.\n"
                + "\u201cThis is a critical time,\u201d said a source close to President Macron\u2019s office.";
        List<Quote> qs = extract(text);
        assertEquals("Emmanuel Macron", qs.get(0).speaker(), qs::toString);
        // the possessor is never the speaker
        assertEquals("a source close to President Macron\u2019s office", qs.get(1).speakerMention());
    }

    @Test
    void bareClauseAfterAParticipleOrASecondVerbTakesTheSentencesSpeaker() {
        String text = "\u201cThe government parties didn\u2019t understand,\u201d said Dominique Reynie, a political scientist "
                + "at Sciences Po, saying the tax burden had grown by about \u20ac25 billion every year.\n"
                + "On October 2nd, the French ministries of foreign affairs, finance and the interior announced "
                + "they were freezing the assets of the directorate.";
        List<Quote> qs = extract(text);
        Quote saying = qs.stream().filter(q -> q.text().startsWith("the tax burden")).findFirst()
                .orElseThrow(() -> new AssertionError(qs));
        assertEquals("the tax burden had grown by about \u20ac25 billion every year", saying.text());
        assertEquals("Dominique Reynie", saying.speaker());
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("they were freezing the assets of the directorate")), qs::toString);
    }

    @Test
    void possessorOfTheSubjectIsAnAntecedent() {
        String text = "President Emmanuel Macron faces protests. Gregory Caray, owner of two shops, said he was relieved.\n"
                + "Mr Macron\u2019s last major address to the nation was on November 27th, when he said he would not be "
                + "bounced into changing policy by \u201cthugs\u201d.";
        List<Quote> qs = extract(text);
        Quote q = qs.stream().filter(x -> x.text().contains("thugs")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("Emmanuel Macron", q.speaker(), q::toString);
    }

    @Test
    void possessedRoleIsTheSpeakerNotThePossessorNorSomeoneElse() {
        String text = "President Emmanuel Macron met the protesters on Sunday.\n"
                + "France\u2019s interior ministry said this week that recorded incidents rose to 541 last year.\n"
                + "Mr Rodrigues\u2019s lawyer said his client will be disabled for life as a result of the eye injury.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("France\u2019s interior ministry", qs.get(0).speaker());
        assertEquals("Mr Rodrigues\u2019s lawyer", qs.get(1).speaker(), qs.get(1)::toString);
    }

    @Test
    void quoteGluedToTheNextParagraphStillEndsTheUtterance() {
        // as scraped: the line break after the closing mark is lost
        String text = "Marine Le Pen leads the party. \u201cThe groups have never been banned,\u201d Le Pen says. "
                + "\u201cThey\u2019re being prosecuted for a banner against migrants. I don\u2019t see what is reprehensible "
                + "about that.\u201dLe Pen seems so preoccupied by Europe.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertTrue(qs.get(1).text().startsWith("They\u2019re being prosecuted"), qs::toString);
        assertEquals("Marine Le Pen", qs.get(1).speaker());
    }

    @Test
    void sheAfterANamedWomanIsHer() {
        String text = "Theresa May took calls from members of the public on Friday.\n"
                + "\u201cI am focused on ensuring we get this deal,\u201d she said.";
        Quote q = extract(text).get(0);
        assertEquals("Theresa May", q.speaker(), q::toString);
    }

    @Test
    void theWritersIIsNoName() {
        String text = "Andrea Rixon, the inventor, tells me she wants to leave.\n"
                + "In what way? \u201cNothing I can think of on the spot but it\u2019s just about taking back control.\u201d\n"
                + "\u201cI don\u2019t think anything is going to happen to them,\u201d she says.";
        List<Quote> qs = extract(text);
        assertTrue(qs.stream().noneMatch(q -> "I".equals(q.speaker()) || "Nothing I".equals(q.speaker())), qs::toString);
        assertEquals("Andrea Rixon", qs.get(qs.size() - 1).speaker(), qs::toString);
    }

    @Test
    void aDocumentThatSaysIsTheSpeakerButNotTheStatementSomeoneSpokeIn() {
        String text = "France and Germany signed a treaty on Tuesday.\n"
                + "The treaty notes that they will elaborate a shared approach to arms exports.\n"
                + "Mr Almazroui said in a statement that the case was extremely serious.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("the treaty", qs.get(0).speaker());
        assertEquals("Almazroui", qs.get(1).speaker(), qs.get(1)::toString);
    }

    @Test
    void roleNounKeepsItsPrepositionalComplement() {
        String text = "\u201cThis is a critical time,\u201d said a source close to President Macron.\n"
                + "\u201cIt was a misunderstanding,\u201d said a spokesman for the Iranian foreign ministry.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("a source close to President Macron", qs.get(0).speakerMention());
        assertEquals("a spokesman for the Iranian foreign ministry", qs.get(1).speakerMention());
    }

    @Test
    void picturecreditNamesAreNotSpeakers() {
        String text = "French president Emmanuel Macron in Copenhagen on Tuesday. Photograph: Ludovic Marin/AFP/Getty Images "
                + "has been attacked by opponents.\n\u201cLet\u2019s not be naive,\u201d he said.";
        Quote q = extract(text).stream().filter(x -> x.text().startsWith("Let")).findFirst().orElseThrow();
        assertEquals("Emmanuel Macron", q.speaker(), q::toString);
    }

    @Test
    void possessiveAfterAnHonorificIsNotASpeaker() {
        String text = "Emmanuel Macron spoke on Tuesday. The reform inspired Mr Macron\u2019s loosening of labour laws. "
                + "\u201cWe must change,\u201d he said.";
        Quote q = extract(text).stream().filter(x -> x.text().startsWith("We must")).findFirst().orElseThrow();
        assertEquals("Emmanuel Macron", q.speaker(), q::toString);
    }

    @Test
    void participleAfterWithHasTheNounPhraseBetweenAsSubject() {
        String text = "Work was continuing, the commission said, with Mrs May adding later that there were "
                + "\u201csome further issues that need resolution\u201d.";
        Quote q = extract(text).stream().filter(x -> x.text().startsWith("there were")).findFirst().orElseThrow();
        assertEquals("May", q.speaker(), q::toString);
        assertEquals("Mrs May", q.speakerMention());
    }

    @Test
    void quoteThenSpeakerThenSaid() {
        String text = "Government spokesman Benjamin Griveaux spoke on Sunday. \u201cThe President will make important "
                + "announcements,\u201d Mr Griveaux said.";
        List<Quote> qs = extract(text);
        Quote q = qs.get(qs.size() - 1);
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("The President will make important announcements,", q.text());
        assertEquals("Benjamin Griveaux", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void saidThenSpeakerAndPronouns() {
        String text = "\u201cThis chaos has to end,\u201d said Andre Juillard, a doctor. \u201cWe are tired,\u201d he added.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Andre Juillard", qs.get(0).speaker());
        assertEquals("Andre Juillard", qs.get(1).speaker());
        assertEquals("he", qs.get(1).speakerMention());
    }

    @Test
    void indirectWithAndWithoutThat() {
        Quote withThat = extract("Taoiseach Leo Varadkar said that the backstop was essential.").get(0);
        assertEquals(QuoteType.INDIRECT, withThat.type());
        assertEquals("the backstop was essential", withThat.text());
        assertEquals("Leo Varadkar", withThat.speaker());

        Quote bare = extract("Mr Coveney said the deal was the only one on the table.").get(0);
        assertEquals(QuoteType.INDIRECT, bare.type());
        assertEquals("the deal was the only one on the table", bare.text());
        assertEquals("Coveney", bare.speaker());
    }

    @Test
    void accordingToAndSingleQuotes() {
        List<Quote> qs = extract("The talks made \u2018very good progress\u2019 overnight, according to EU officials.");
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(QuoteType.SELON, qs.get(0).type());
        assertEquals("EU officials", qs.get(0).speaker());
        assertTrue(qs.get(0).text().startsWith("The talks made"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertTrue(extract("The protesters\u2019 demands and Macron\u2019s reforms don\u2019t match.").isEmpty());
    }
}
