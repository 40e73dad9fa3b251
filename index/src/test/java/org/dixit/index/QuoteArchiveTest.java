package org.dixit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive on a real on-disk index, written and read back through the facade only. */
class QuoteArchiveTest {
    static final String TOKAIEV_1 = "J'ai donné l'ordre aux forces de l'ordre et à l'armée d'ouvrir le feu sans avertissement";
    static final String DESTROY_1 = "Il faut les détruire et cela sera fait d'ici peu";

    @TempDir
    Path dir;
    QuoteArchive archive;

    /** Seven articles: two reports of the same Tokaïev quotes, Castaner named two ways, two Le Pens, English. */
    static List<ArticleQuotes> corpus() {
        return List.of(
                Fixtures.article("kz-1", "2022-01-07", "AFP", "fr",
                                "« " + TOKAIEV_1 + " », a déclaré Kassym-Jomart Tokaïev. « " + DESTROY_1
                                        + " », a-t-il ajouté.")
                        .quote(TOKAIEV_1, QuoteType.DIRECT, "Kassym-Jomart Tokaïev", "président du Kazakhstan", "m")
                        .quote(DESTROY_1, QuoteType.DIRECT, "Kassym-Jomart Tokaïev", "président du Kazakhstan", "m")
                        .build(),
                Fixtures.article("kz-2", "2022-01-08", "LeMonde", "fr",
                                "« Il faut les détruire, et cela sera fait d’ici peu ! » a lancé M. Tokaïev, qui a "
                                        + "ordonné d'« ouvrir le feu sans avertissement ».")
                        .quote("Il faut les détruire, et cela sera fait d’ici peu !", QuoteType.DIRECT, "M. Tokaïev")
                        .quote("ouvrir le feu sans avertissement", QuoteType.MIXED, "M. Tokaïev")
                        .build(),
                Fixtures.article("be-1", "2019-02-15", "LaLibre", "fr",
                                "« Les manifestants violents seront poursuivis sans relâche », a prévenu Christophe "
                                        + "Castaner. Il a estimé que la mobilisation faiblissait.")
                        .quote("Les manifestants violents seront poursuivis sans relâche", QuoteType.DIRECT,
                                "Christophe Castaner", "ministre de l'Intérieur", "m")
                        .quote("la mobilisation faiblissait", QuoteType.INDIRECT, "Christophe Castaner")
                        .build(),
                Fixtures.article("be-2", "2019-03", "LaDH", "fr",
                                "« Nous ne céderons rien aux casseurs », a déclaré M. Castaner. « La France mérite "
                                        + "mieux que ce gouvernement », a répondu Marine Le Pen.")
                        .quote("Nous ne céderons rien aux casseurs", QuoteType.DIRECT, "M. Castaner")
                        .quote("La France mérite mieux que ce gouvernement", QuoteType.DIRECT, "Marine Le Pen",
                                "présidente du RN", "f")
                        .build(),
                Fixtures.article("be-3", null, "LaDH", "fr",
                                "« Le détail de l'histoire ne change rien », a dit Jean-Marie Le Pen. Selon Le Pen, "
                                        + "la campagne commence.")
                        .quote("Le détail de l'histoire ne change rien", QuoteType.DIRECT, "Jean-Marie Le Pen")
                        .quote("la campagne commence", QuoteType.SELON, "Le Pen")
                        .build(),
                Fixtures.article("ie-1", "2019-02-20", "irishtimes", "en",
                                "\"We will destroy the old negotiations and start again,\" said Emmanuel Macron.")
                        .quote("We will destroy the old negotiations and start again", QuoteType.DIRECT,
                                "Emmanuel Macron", "president", "m")
                        .build(),
                Fixtures.article("ie-2", "2019-02-21", "irishtimes", "en",
                                "Macron said the reforms were destroying nothing of value.")
                        .quote("the reforms were destroying nothing of value", QuoteType.INDIRECT, "Macron")
                        .build());
    }

    @BeforeEach
    void fill() throws IOException {
        archive = QuoteArchive.open(dir);
        for (ArticleQuotes aq : corpus()) {
            archive.add(aq);
        }
        archive.rebuildDerived();
    }

    @AfterEach
    void close() throws IOException {
        archive.close();
    }

    private SearchResult search(SearchRequest r) throws IOException {
        return archive.search(r.withPage(100, 0));
    }

    private Set<String> quoteIds(SearchRequest r) throws IOException {
        return search(r).hits().stream().map(QuoteHit::quoteId).collect(Collectors.toSet());
    }

    @Test
    void storesArticlesExactly() throws IOException {
        for (ArticleQuotes aq : corpus()) {
            assertEquals(aq, archive.article(aq.article().id()).orElseThrow());
        }
        assertTrue(archive.article("nope").isEmpty());
        ArchiveStats s = archive.stats();
        assertEquals(7, s.articles());
        assertEquals(12, s.quotes());
        assertEquals(8L, s.quotesByType().get("direct"));
        assertEquals("2019-02-15", s.firstDate());
        assertEquals("2022-01-08", s.lastDate());
        assertFalse(s.derivedStale());
        assertTrue(s.sizeBytes() > 0);
    }

    @Test
    void theEngineOfEachArticleIsRecordedAndTheArticlesOfOtherEnginesFound() throws IOException {
        List<ArticleQuotes> c = corpus();
        archive.add(c.get(0), Provenance.extractedBy("v1"));
        archive.add(c.get(1), Provenance.extractedBy("v2"));
        archive.add(c.get(2), Provenance.loaded(null));
        archive.add(c.get(3), Provenance.loaded("v2"));
        archive.commit(); // the other three stay as added by fill(): engine not recorded

        StoredArticle kz1 = archive.stored("kz-1").orElseThrow();
        assertEquals(Provenance.extractedBy("v1"), kz1.provenance());
        assertTrue(kz1.sameArticle(c.get(0).article()));
        assertTrue(kz1.sameContent(c.get(0)));
        assertFalse(kz1.extractedHereBy("v2"));
        assertTrue(archive.stored("kz-2").orElseThrow().extractedHereBy("v2"));
        assertEquals(new Provenance("external", false), archive.stored("be-1").orElseThrow().provenance());
        assertFalse(archive.stored("be-2").orElseThrow().extractedHereBy("v2"), "loaded, whatever its engine");
        assertNull(archive.stored("be-3").orElseThrow().provenance());
        assertTrue(archive.stored("nope").isEmpty());

        List<String> toExtract = new java.util.ArrayList<>();
        assertEquals(6, archive.forEachArticleNotExtractedBy("v2", a -> toExtract.add(a.id())));
        assertEquals(Set.of("kz-1", "be-1", "be-2", "be-3", "ie-1", "ie-2"), Set.copyOf(toExtract));
        assertEquals(4, archive.countExtractedByOtherEngines("v2"), "kz-1 and the three unrecorded; not the loaded");
        List<String> texts = new java.util.ArrayList<>();
        archive.forEachArticleNotExtractedBy("v2", a -> texts.add(a.text()));
        assertTrue(texts.contains(c.get(0).article().text()), "articles come back whole, with their text");
        List<org.dixit.model.Article> all = new java.util.ArrayList<>();
        assertEquals(7, archive.forEachArticle(all::add));
        assertEquals(Set.copyOf(c.stream().map(ArticleQuotes::article).toList()), Set.copyOf(all));
    }

    @Test
    void reindexingIsIdempotentAndReplaces() throws IOException {
        ArticleQuotes kz1 = corpus().get(0);
        assertTrue(archive.holds(kz1.article()));
        assertTrue(archive.holds(kz1));
        for (ArticleQuotes aq : corpus()) {
            archive.add(aq);
        }
        archive.commit();
        assertEquals(7, archive.stats().articles());
        assertEquals(12, archive.stats().quotes());
        assertTrue(archive.stats().derivedStale(), "committed without rebuilding");

        ArticleQuotes shorter = new ArticleQuotes(kz1.article(), kz1.quotes().subList(0, 1));
        assertFalse(archive.holds(shorter));
        archive.add(shorter);
        archive.rebuildDerived();
        assertEquals(7, archive.stats().articles());
        assertEquals(11, archive.stats().quotes());
        assertEquals(shorter, archive.article("kz-1").orElseThrow());
        assertEquals(Set.of("kz-2#0"), quoteIds(SearchRequest.of("détruire")), "the replaced quote is gone");
        assertTrue(archive.delete("kz-2"));
        archive.commit();
        assertEquals(6, archive.stats().articles());
        assertTrue(quoteIds(SearchRequest.of("détruire")).isEmpty());
    }

    @Test
    void wordsPhrasesAccentsAndStems() throws IOException {
        assertEquals(Set.of("kz-1#0", "kz-2#1"), quoteIds(SearchRequest.of("avertissement")));
        assertEquals(Set.of("kz-1#0", "kz-2#1"), quoteIds(SearchRequest.of("\"feu sans avertissement\"")));
        assertTrue(quoteIds(SearchRequest.of("\"avertissement sans feu\"")).isEmpty(), "phrases keep word order");
        assertEquals(Set.of("kz-1#1", "kz-2#0"), quoteIds(SearchRequest.of("DETRUIRE")), "accents and case folded");
        assertEquals(Set.of("be-1#0"), quoteIds(SearchRequest.of("manifestant violent")), "French plural stemmed");
        assertEquals(Set.of("be-1#0"), quoteIds(SearchRequest.of("relache")));
        assertEquals(Set.of("ie-1#0", "ie-2#0"), quoteIds(SearchRequest.of("destroyed")), "English stemming");
        assertEquals(Set.of("ie-1#0"), quoteIds(SearchRequest.of("negotiation")));
        assertEquals(Set.of("kz-1#0", "be-1#0", "kz-2#1"), quoteIds(SearchRequest.of("avertissement OR manifestants")));
        assertEquals(Set.of("kz-2#1"), quoteIds(SearchRequest.of("avertissement -armée")), "excluded word");
        SearchResult ranked = search(SearchRequest.of("feu avertissement armée"));
        assertEquals("kz-1#0", ranked.hits().get(0).quoteId());
        assertTrue(ranked.hits().get(0).score() > 0);
    }

    @Test
    void queryWordsAlsoMatchTheSpeaker() throws IOException {
        assertEquals(Set.of("be-1#0", "be-1#1", "be-2#0"), quoteIds(SearchRequest.of("castaner")),
                "every quote by Castaner, under either name");
        assertEquals(Set.of("be-2#0"), quoteIds(SearchRequest.of("castaner casseurs")), "what he said about them");
        assertEquals(Set.of("be-1#0", "be-1#1", "be-2#0"),
                quoteIds(SearchRequest.of("castaner").withSpeaker("Christophe Castaner")));
        archive.add(Fixtures.article("be-4", "2019-03-02", "LaDH", "fr",
                        "« Castaner doit partir », a lancé Paul Durand.")
                .quote("Castaner doit partir", QuoteType.DIRECT, "Paul Durand").build());
        archive.commit();
        assertEquals("be-4#0", search(SearchRequest.of("castaner")).hits().get(0).quoteId(),
                "a quote that names him ranks before one only spoken by him");
    }

    @Test
    void anArticleLuceneCannotIndexLeavesTheArchiveUnchanged() throws IOException {
        String huge = "Jean " + "Dupont".repeat(6000);
        ArticleQuotes bad = Fixtures.article("be-1", "2019-02-15", "LaLibre", "fr", "« Bonjour », a dit " + huge + ".")
                .quote("Bonjour", QuoteType.DIRECT, huge).build();
        assertThrows(IllegalArgumentException.class, () -> archive.add(bad));
        archive.commit();
        assertEquals(corpus().get(2), archive.article("be-1").orElseThrow(), "the stored version is kept");
        assertEquals(7, archive.stats().articles());
        assertEquals(12, archive.stats().quotes());
    }

    @Test
    void concurrentAddsStoreEveryArticleOnce() throws Exception {
        List<ArticleQuotes> many = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(Fixtures.article("t-" + (i % 200), "2020-01-01", "X", "fr", "« Phrase numéro " + i + " », a dit Paul.")
                    .quote("Phrase numéro " + i, QuoteType.DIRECT, "Paul").build());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (ArticleQuotes aq : many) {
                done.add(pool.submit(() -> {
                    archive.add(aq);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        archive.commit();
        assertEquals(207, archive.stats().articles(), "200 ids, each stored once, plus the corpus");
        assertEquals(207 + 5, archive.stats().quotes(), "each with exactly its one quote");
    }

    @Test
    void languageFilterAlsoChoosesTheAnalysis() throws IOException {
        assertEquals(Set.of("ie-1#0", "ie-2#0"), quoteIds(SearchRequest.of("destroying").withLang("en")));
        assertTrue(quoteIds(SearchRequest.of("destroying").withLang("fr")).isEmpty());
        assertEquals(2, search(SearchRequest.of("*").withLang("EN")).total());
    }

    @Test
    void filtersBySpeakerDateSourceAndType() throws IOException {
        assertEquals(Set.of("be-1#0", "be-1#1", "be-2#0"), quoteIds(SearchRequest.of(null).withSpeaker("Castaner")));
        assertEquals(Set.of("be-1#0", "be-1#1", "be-2#0"),
                quoteIds(SearchRequest.of("").withSpeaker("christophe-castaner")));
        assertEquals(Set.of("be-2#0"), quoteIds(SearchRequest.of("casseurs").withSpeaker("M. Christophe Castaner")));
        assertEquals(Set.of("ie-1#0", "ie-2#0"), quoteIds(SearchRequest.of("*").withSpeaker("Macron")));
        assertEquals(Set.of("be-2#1"), quoteIds(SearchRequest.of("*").withSpeaker("Marine Le Pen")));
        assertEquals(Set.of("be-2#1", "be-3#0", "be-3#1"), quoteIds(SearchRequest.of("*").withSpeaker("Le Pen")),
                "the words of a name find every entity that has them");
        assertTrue(search(SearchRequest.of("*").withSpeaker("Nobody Atall")).hits().isEmpty());

        assertEquals(Set.of("be-1#0", "be-1#1", "ie-1#0", "ie-2#0"),
                quoteIds(SearchRequest.of("*").withDates("2019-02", "2019-02")));
        assertEquals(Set.of("be-1#0", "be-1#1", "be-2#0", "be-2#1", "ie-1#0", "ie-2#0"),
                quoteIds(SearchRequest.of("*").withDates("2019", "2019")));
        assertEquals(Set.of("be-2#0", "be-2#1"), quoteIds(SearchRequest.of("*").withDates("2019-03", null)).stream()
                .filter(id -> id.startsWith("be")).collect(Collectors.toSet()));
        assertTrue(quoteIds(SearchRequest.of("*").withDates("2019-03-01", "2019-03-31")).isEmpty(),
                "a month-precise date is not claimed to fall in a day range");
        assertEquals(Set.of("ie-2#0"), quoteIds(SearchRequest.of("*").withDates("2019-02-21", "2019-02-28")));
        assertEquals(Set.of("kz-1#0", "kz-1#1", "kz-2#0", "kz-2#1"),
                quoteIds(SearchRequest.of("*").withDates("2020", null)));

        assertEquals(Set.of("be-2#0", "be-2#1", "be-3#0", "be-3#1"), quoteIds(SearchRequest.of("*").withSource("ladh")));
        assertEquals(Set.of("be-1#1", "ie-2#0"), quoteIds(SearchRequest.of("*").withType(QuoteType.INDIRECT)));
        assertEquals(Set.of("be-2#0"), quoteIds(SearchRequest.of("*").withSource("LaDH").withType(QuoteType.DIRECT)
                .withSpeaker("Castaner")));
    }

    @Test
    void hitsCarrySpeakerEntityArticleAndCluster() throws IOException {
        QuoteHit hit = search(SearchRequest.of("casseurs")).hits().get(0);
        assertEquals("be-2#0", hit.quoteId());
        assertEquals("be-2", hit.articleId());
        assertEquals("M. Castaner", hit.quote().speaker());
        assertEquals("christophe-castaner", hit.speakerId());
        assertEquals("Christophe Castaner", hit.speakerName());
        assertEquals("2019-03", hit.date());
        assertEquals("LaDH", hit.source());
        assertNull(hit.clusterId());
        assertEquals(1, hit.clusterSize());
        QuoteHit repeated = search(SearchRequest.of("détruire").withSource("LeMonde")).hits().get(0);
        assertNotEquals(null, repeated.clusterId());
        assertEquals(2, repeated.clusterSize());
    }

    @Test
    void emptyQueryListsNewestFirstAndPages() throws IOException {
        SearchResult all = archive.search(SearchRequest.of("*").withPage(3, 0));
        assertEquals(12, all.total());
        assertEquals(List.of("kz-2#0", "kz-2#1", "kz-1#0"), all.hits().stream().map(QuoteHit::quoteId).toList());
        SearchResult page = archive.search(SearchRequest.of("*").withPage(3, 3));
        assertEquals("kz-1#1", page.hits().get(0).quoteId());
        SearchResult oldest = archive.search(SearchRequest.of("*").withSort(SearchRequest.Sort.OLDEST).withPage(100, 0));
        assertEquals("be-1#0", oldest.hits().get(0).quoteId());
        assertEquals("be-3", oldest.hits().get(11).articleId(), "undated last");
    }

    @Test
    void facetsCountMatchingQuotes() throws IOException {
        SearchResult r = search(SearchRequest.of("*"));
        Map<String, List<FacetValue>> f = r.facets();
        assertEquals(List.of(new FacetValue("direct", "direct", 8), new FacetValue("indirect", "indirect", 2),
                new FacetValue("mixed", "mixed", 1), new FacetValue("selon", "selon", 1)), f.get("type"));
        assertEquals(List.of(new FacetValue("LaDH", "LaDH", 4), new FacetValue("AFP", "AFP", 2),
                new FacetValue("LaLibre", "LaLibre", 2), new FacetValue("LeMonde", "LeMonde", 2),
                new FacetValue("irishtimes", "irishtimes", 2)), f.get("source"));
        assertEquals(List.of("2019-02", "2019-03", "2022-01"), f.get("month").stream().map(FacetValue::value).toList(),
                "months in order");
        assertEquals(List.of(4L, 2L, 4L), f.get("month").stream().map(FacetValue::count).toList());
        assertEquals(new FacetValue("kassym-jomart-tokaiev", "Kassym-Jomart Tokaïev", 4), f.get("speaker").get(0),
                "'M. Tokaïev' and the full name counted as one speaker");
        assertEquals(new FacetValue("christophe-castaner", "Christophe Castaner", 3), f.get("speaker").get(1));
        assertEquals(List.of(new FacetValue("fr", "fr", 10), new FacetValue("en", "en", 2)), f.get("lang"));

        SearchResult filtered = search(SearchRequest.of("*").withSource("LaDH"));
        assertEquals(List.of(new FacetValue("direct", "direct", 3), new FacetValue("selon", "selon", 1)),
                filtered.facets().get("type"), "facets follow the filters");
        assertEquals(1, archive.search(SearchRequest.of("*").withFacetLimit(1)).facets().get("source").size());
    }

    @Test
    void speakersAcrossArticles() throws IOException {
        SpeakerEntity c = archive.speaker("Castaner").orElseThrow();
        assertEquals("christophe-castaner", c.id());
        assertEquals(3, c.quoteCount());
        assertEquals(Set.of("Christophe Castaner", "M. Castaner"),
                c.aliases().stream().map(NamedCount::name).collect(Collectors.toSet()));
        assertEquals(List.of(new NamedCount("ministre de l'Intérieur", 1)), c.roles());
        assertEquals(Map.of("2019-02", 2, "2019-03", 1), c.months());
        assertEquals("m", c.gender());
        assertEquals("2019-02-15", c.firstDate());
        assertEquals("2019-03", c.lastDate());
        assertEquals("emmanuel-macron", archive.speaker("Macron").orElseThrow().id(), "surname joins the full name");

        assertEquals("le-pen", archive.speaker("Le Pen").orElseThrow().id(), "two Le Pens: the surname stays apart");
        assertEquals("f", archive.speaker("marine-le-pen").orElseThrow().gender());
        assertEquals(1, archive.speaker("jean-marie-le-pen").orElseThrow().quoteCount());
        assertEquals(List.of("kassym-jomart-tokaiev", "christophe-castaner"),
                archive.speakers(null, 2).stream().map(SpeakerEntity::id).toList());
        assertEquals(Set.of("le-pen", "marine-le-pen", "jean-marie-le-pen"),
                archive.speakers("le pen", 10).stream().map(SpeakerEntity::id).collect(Collectors.toSet()));
        assertTrue(archive.speaker("Nobody").isEmpty());
    }

    @Test
    void aliasFileMergesAndSplits() throws IOException {
        Path aliases = dir.resolveSibling(dir.getFileName() + "-aliases.tsv");
        Files.writeString(aliases, "# corrections\nMarine Le Pen\tLe Pen\n!Castaner\tChristophe Castaner\n");
        archive.useAliases(aliases);
        archive.rebuildDerived();
        assertEquals(2, archive.speaker("marine-le-pen").orElseThrow().quoteCount(), "Le Pen merged into Marine");
        assertEquals(Set.of("be-2#1", "be-3#1"), quoteIds(SearchRequest.of("*").withSpeaker("marine-le-pen")));
        assertEquals(2, archive.speaker("christophe-castaner").orElseThrow().quoteCount());
        assertEquals("castaner", archive.speaker("M. Castaner").orElseThrow().id(), "split off");

        Files.writeString(aliases, "Marine Le Pen\n");
        assertThrows(org.dixit.index.speakers.AliasTable.AliasFileException.class, () -> archive.useAliases(aliases));
        archive.useAliases(null);
        archive.rebuildDerived();
        assertEquals(3, archive.speaker("christophe-castaner").orElseThrow().quoteCount(), "back to automatic rules");
    }

    @Test
    void repeatedQuotationsClusterWithFirstAppearanceAndDiffs() throws IOException {
        QuoteCluster destroy = archive.clusterOfQuote("kz-2#0").orElseThrow();
        assertEquals(List.of("kz-1#1", "kz-2#0"), destroy.appearances().stream().map(Appearance::quoteId).toList());
        assertEquals("2022-01-07", destroy.first().date());
        assertEquals("AFP", destroy.first().source());
        assertEquals(WordDiff.Kind.REPUNCTUATED, destroy.appearances().get(1).diff().kind());
        assertEquals(destroy, archive.cluster(destroy.id()).orElseThrow());

        QuoteCluster fire = archive.clusterOfQuote("kz-1#0").orElseThrow();
        assertEquals(WordDiff.Kind.SHORTENED, fire.appearances().get(1).diff().kind());
        assertEquals(QuoteType.MIXED, fire.appearances().get(1).type());
        assertFalse(fire.hasRewording());

        assertTrue(archive.clusterOfQuote("be-1#0").isEmpty(), "a quote reported once");
        assertTrue(archive.clusterOfQuote("be-1#1").isEmpty());
        assertEquals(2, archive.stats().clusters());
    }

    @Test
    void rewordedReportIsShownAsSuch() throws IOException {
        archive.add(Fixtures.article("kz-3", "2022-01-09", "Libé", "fr",
                        "« Il faut les détruire et ce sera fait d'ici peu », a dit le président.")
                .quote("Il faut les détruire et ce sera fait d'ici peu", QuoteType.DIRECT, "le président").build());
        archive.rebuildDerived();
        QuoteCluster c = archive.clusterOfQuote("kz-3#0").orElseThrow();
        assertEquals(3, c.appearances().size());
        assertEquals("kz-3#0", c.appearances().get(2).quoteId(), "latest last");
        WordDiff d = c.appearances().get(2).diff();
        assertEquals(WordDiff.Kind.REWORDED, d.kind());
        assertTrue(c.hasRewording());
        assertTrue(d.parts().contains(new WordDiff.Part(WordDiff.Change.REMOVED, "cela")));
        assertTrue(d.parts().contains(new WordDiff.Part(WordDiff.Change.ADDED, "ce")));
    }

    @Test
    void malformedQueriesGiveOneLineErrors() {
        for (String bad : List.of("avertissement AND", "\"sans avertissement", "(feu", "*feu", "feu:")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class,
                    () -> archive.search(SearchRequest.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("invalid query"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertThrows(InvalidQueryException.class, () -> archive.search(SearchRequest.of("x").withDates("2019-1", null)));
        assertThrows(InvalidQueryException.class, () -> SearchRequest.of("x").withPage(0, 0));
    }

    @Test
    void readersSeeCommitsAndOnlyOneWriterAtATime() throws IOException {
        IOException busy = assertThrows(IOException.class, () -> QuoteArchive.open(dir));
        assertTrue(busy.getMessage().contains("in use by another dixit process"), busy.getMessage());
        try (QuoteArchive reader = QuoteArchive.openReadOnly(dir)) {
            assertEquals(7, reader.stats().articles());
            assertThrows(IllegalStateException.class, () -> reader.add(corpus().get(0)));
            archive.add(Fixtures.article("new", "2023-01", "X", "fr", "« Un deux trois », a dit Paul Durand.")
                    .quote("Un deux trois", QuoteType.DIRECT, "Paul Durand").build());
            archive.commit();
            assertEquals(7, reader.stats().articles(), "a reader keeps its snapshot");
            assertTrue(reader.refresh());
            assertEquals(8, reader.stats().articles());
            assertTrue(reader.stats().derivedStale());
            assertTrue(reader.search(SearchRequest.of("*").withSpeaker("Paul Durand")).derivedStale());
            assertEquals(1, reader.search(SearchRequest.of("*").withSpeaker("Paul Durand")).total(),
                    "a speaker not resolved yet is still found by name");
        }
        assertThrows(NoSuchFileException.class, () -> QuoteArchive.openReadOnly(dir.resolve("missing")));
    }
}
