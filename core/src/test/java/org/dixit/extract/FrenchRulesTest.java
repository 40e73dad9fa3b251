package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dixit.grammar.fr.FrenchGrammar;
import org.dixit.model.Article;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;

/** Each French rule on real news sentences, with the spans, cue and speaker it must give. */
class FrenchRulesTest {
    private static final RuleBasedExtractor FR = new RuleBasedExtractor(new FrenchGrammar());

    static List<Quote> extract(String text) {
        return FR.extract(new Article("t", null, null, null, null, "fr", text)).quotes();
    }

    static Quote only(String text) {
        List<Quote> qs = extract(text);
        assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
        return qs.get(0);
    }

    @Test
    void directQuoteWithCueAfterAndNamedSpeaker() {
        String text = "\"Oui il a été arrêté hier soir\", a déclaré Catherine Collignon, porte-parole du parquet.";
        Quote q = only(text);
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Oui il a été arrêté hier soir", q.text());
        assertEquals(text.substring(q.start(), q.end()), q.text());
        assertEquals("Catherine Collignon", q.speaker());
        assertEquals("a déclaré", q.cue());
        assertEquals("porte-parole du parquet", q.speakerRole());
        assertEquals("direct.quote-then-cue", q.evidence().rule());
    }

    @Test
    void guillemetsAndInvertedPronounResolveToPreviousSpeaker() {
        String text = "Le bourgmestre de Bruxelles, Philippe Close, a réagi dimanche. "
                + "«Zéro tolérance pour la violence», a-t-il lancé.";
        List<Quote> qs = extract(text);
        Quote q = qs.get(qs.size() - 1);
        assertEquals("Zéro tolérance pour la violence", q.text());
        assertEquals("Philippe Close", q.speaker());
        assertEquals("il", q.speakerMention());
        assertEquals("a-t-il lancé", q.cue());
        assertEquals("il", text.substring(q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void inciseInsideQuoteGivesTwoQuotesWithOneSpeaker() {
        String text = "Mme Collignon a parlé aux journalistes. "
                + "«Le suspect a été arrêté, a-t-elle précisé, et il sera entendu demain.»";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Le suspect a été arrêté", qs.get(0).text());
        assertEquals("et il sera entendu demain.", qs.get(1).text());
        assertEquals(qs.get(0).speaker(), qs.get(1).speaker());
        assertEquals("Collignon", qs.get(0).speaker());
    }

    @Test
    void colonIntroducesDirectQuote() {
        Quote q = only("Le ministre de l'Intérieur Christophe Castaner a déclaré : «Justice sera faite.»");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Justice sera faite.", q.text());
        assertEquals("Christophe Castaner", q.speaker());
        assertEquals("a déclaré", q.cue());
    }

    @Test
    void indirectSpeechAfterQueUntilClauseEnd() {
        Quote q = only("Le Premier ministre Charles Michel a estimé mardi que le pays traversait une crise grave.");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("le pays traversait une crise grave", q.text());
        assertEquals("Charles Michel", q.speaker());
        assertEquals("a estimé", q.cue());
    }

    @Test
    void reportedClauseWithQuotedWordsIsMixed() {
        Quote q = only("Il a estimé que \"ce sont les médias libres qui jouent le rôle d'instigateur\" de cette crise.");
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("\"ce sont les médias"), q.text());
        assertTrue(q.text().endsWith("de cette crise"), q.text());
    }

    @Test
    void clauseThenInciseCueIsIndirect() {
        String text = "Le pays traverse une crise sans précédent, a estimé le président kazakh.";
        Quote q = only(text);
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("Le pays traverse une crise sans précédent", q.text());
        assertEquals("le président kazakh", q.speakerMention());
    }

    @Test
    void selonAtHeadAndTail() {
        List<Quote> head = extract("Selon le parquet, le suspect a reconnu les faits.");
        assertEquals(1, head.size());
        assertEquals(QuoteType.SELON, head.get(0).type());
        assertEquals("le suspect a reconnu les faits", head.get(0).text());
        assertEquals("le parquet", head.get(0).speaker());
        assertEquals("Selon", head.get(0).cue());

        List<Quote> tail = extract("Deux manifestants ont voulu s'interposer, d'après des témoins.");
        assertEquals(1, tail.size());
        assertEquals("des témoins", tail.get(0).speaker());
        assertEquals("Deux manifestants ont voulu s'interposer", tail.get(0).text());

        // closing the sentence without a comma
        List<Quote> noComma = extract("L'endroit est jugé trop simple à encadrer pour la police selon des manifestants.");
        assertEquals(1, noComma.size(), noComma::toString);
        assertEquals("L'endroit est jugé trop simple à encadrer pour la police", noComma.get(0).text());
        assertEquals("des manifestants", noComma.get(0).speaker());

        // set off by commas, but followed by a relative clause about the source: still the tail reading
        List<Quote> apposed = extract("L'homme a exhibé un béret rouge de parachutiste, selon le préfet Bernard Gonzalez, "
                + "qui a donné davantage de détails en fin de soirée.");
        assertEquals(1, apposed.size(), apposed::toString);
        assertEquals("L'homme a exhibé un béret rouge de parachutiste", apposed.get(0).text());
        assertEquals("Bernard Gonzalez", apposed.get(0).speaker());
    }

    @Test
    void selonAPollIsNotAQuote() {
        assertTrue(extract("Selon un sondage publié dimanche, la majorité des Belges soutient la réforme.").isEmpty());
        assertTrue(extract("Selon nos informations, le ministre pourrait démissionner.").isEmpty());
    }

    @Test
    void partialQuoteAfterSpeechVerb() {
        Quote q = only("Le ministre a dénoncé des «attaques intolérables» contre les policiers.");
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("des «attaques intolérables»"), q.text());
        assertEquals("le ministre", q.speaker());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        assertTrue(extract("Plus d'un millier de \"gilets jaunes\" ont manifesté samedi. Les \"gilets jaunes\" "
                + "sont ensuite rentrés chez eux.").isEmpty());
        assertTrue(extract("Il l'a dit dans un entretien au journal \"Le Monde\" publié lundi.").isEmpty());
    }

    @Test
    void floatingQuoteContinuesTheLastSpeaker() {
        String text = "\"Ces derniers s'expriment de façon démocratique\", a insisté le commissaire Dominique Ramet. "
                + "\"Une enquête judiciaire est en cours.\"";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Une enquête judiciaire est en cours.", qs.get(1).text());
        assertEquals("Dominique Ramet", qs.get(1).speaker());
        assertEquals("direct.floating", qs.get(1).evidence().rule());
        assertNull(qs.get(1).cue());
    }

    @Test
    void multiParagraphQuoteReopenedAtEachParagraph() {
        String text = "Le président a pris la parole.\n«Nous avons beaucoup travaillé cette année.\n"
                + "«Nous continuerons l'an prochain», a déclaré Emmanuel Macron.";
        List<Quote> qs = extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Nous avons beaucoup travaillé cette année.", qs.get(0).text());
        assertEquals("Nous continuerons l'an prochain", qs.get(1).text());
        assertEquals("Emmanuel Macron", qs.get(1).speaker());
    }

    @Test
    void pronominalAndParticipleCues() {
        List<Quote> qs = extract("La ministre Maggie De Block s'est félicitée que l'accord ait été signé, "
                + "ajoutant qu'il entrerait en vigueur en janvier.");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("s'est félicitée", qs.get(0).cue());
        assertEquals("Maggie De Block", qs.get(0).speaker());
        assertEquals("ajoutant", qs.get(1).cue());
        assertEquals("il entrerait en vigueur en janvier", qs.get(1).text());
        assertEquals("Maggie De Block", qs.get(1).speaker());
        assertEquals("f", qs.get(1).speakerGender());
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "Le chanteur a publié un message 🎤. «Merci à tous», a écrit Stromae.";
        Quote q = only(text);
        int cpStart = text.codePointCount(0, text.indexOf("Merci"));
        assertEquals(cpStart, q.start());
        assertEquals("Merci à tous", q.text());
        String byCodePoints = new String(text.codePoints().skip(q.start()).limit(q.end() - q.start()).toArray(), 0,
                q.end() - q.start());
        assertEquals(q.text(), byCodePoints);
    }

    @Test
    void evidenceExplainsTheResolution() {
        String text = "Le président du Kazakhstan, Kassym-Jomart Tokaïev, a parlé. \"Il faut les détruire\", a encore dit "
                + "le président kazakh.";
        List<Quote> qs = extract(text);
        Quote q = qs.get(qs.size() - 1);
        assertEquals("Kassym-Jomart Tokaïev", q.speaker());
        assertNotNull(q.evidence());
        assertTrue(q.evidence().chain().stream().anyMatch(s -> s.contains("holder of the role")), q.evidence()::toString);
    }
}
