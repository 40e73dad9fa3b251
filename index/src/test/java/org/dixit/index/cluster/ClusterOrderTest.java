package org.dixit.index.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dixit.index.Appearance;
import org.dixit.index.Fixtures;
import org.dixit.index.QuoteArchive;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.QuoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clusters depend on the quotes, not on the order (or the segments) in which they were indexed. */
class ClusterOrderTest {
    private static final String[] QUOTATIONS = {
        "nous ne laisserons jamais les casseurs détruire le travail de toute une nation",
        "la police a fait son travail avec sang-froid et professionnalisme pendant toute la journée",
        "il faut les détruire et cela sera fait très bientôt dans tout le pays",
        "nous avons donné l'ordre de tirer sans avertissement sur les bandits armés",
        "le gouvernement ne reculera pas sur la réforme des retraites cette année",
    };

    @TempDir
    Path dir;

    /** Reports of the quotations: whole, trimmed at either end, or with a word changed. */
    private static List<ArticleQuotes> reports() {
        Random r = new Random(3);
        List<ArticleQuotes> out = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String[] words = QUOTATIONS[r.nextInt(QUOTATIONS.length)].split(" ");
            int from = r.nextInt(5);
            int to = words.length - r.nextInt(5);
            List<String> kept = new ArrayList<>(List.of(words).subList(from, to));
            if (r.nextInt(3) == 0) {
                // two quotations run together: a report that bridges two clusters
                String[] other = QUOTATIONS[r.nextInt(QUOTATIONS.length)].split(" ");
                kept.addAll(List.of(other).subList(0, 4 + r.nextInt(other.length - 4)));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                kept.set(r.nextInt(kept.size()), "vraiment");
            }
            String quote = String.join(" ", kept);
            out.add(Fixtures.article("a" + i, "2020-01-" + String.format("%02d", 1 + r.nextInt(28)), "S" + r.nextInt(3),
                    "fr", "« " + quote + " », a déclaré Jean Martin.").quote(quote, QuoteType.DIRECT, "Jean Martin")
                    .build());
        }
        return out;
    }

    private Set<String> clusters(Path where, List<ArticleQuotes> articles, int commitEvery) throws IOException {
        try (QuoteArchive a = QuoteArchive.open(where)) {
            for (int i = 0; i < articles.size(); i++) {
                a.add(articles.get(i));
                if (i % commitEvery == 0) {
                    a.commit(); // many small segments, in a different order each time
                }
            }
            a.rebuildDerived();
            Set<String> out = new TreeSet<>();
            for (ArticleQuotes aq : articles) {
                a.clusterOfQuote(aq.article().id() + "#0").ifPresent(c -> out.add(c.id() + "="
                        + c.appearances().stream().map(Appearance::quoteId).toList()));
            }
            return out;
        }
    }

    @Test
    void sameClustersWhateverTheIndexingOrder() throws IOException {
        List<ArticleQuotes> articles = reports();
        Set<String> reference = clusters(dir.resolve("ref"), articles, 1000);
        assertTrue(reference.size() >= QUOTATIONS.length, reference.toString());
        for (int seed = 0; seed < 4; seed++) {
            List<ArticleQuotes> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(reference, clusters(dir.resolve("s" + seed), shuffled, 3 + seed * 5), "order " + seed);
        }
    }
}
