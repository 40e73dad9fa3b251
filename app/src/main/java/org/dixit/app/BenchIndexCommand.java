package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.ArchiveStats;
import org.dixit.index.FacetValue;
import org.dixit.index.QuoteArchive;
import org.dixit.index.QuoteHit;
import org.dixit.index.RebuildSummary;
import org.dixit.index.SearchRequest;
import org.dixit.index.SpeakerEntity;
import org.dixit.io.ArticleReader;
import org.dixit.model.Article;
import org.dixit.model.ArticleDate;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.DateGranularity;
import org.dixit.model.Evidence;
import org.dixit.model.Quote;
import org.dixit.model.QuoteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dixit bench-index}: indexing throughput (including reading and extraction) and search
 * latency percentiles. The corpus is real input read {@code --copies} times under distinct ids, or
 * {@code --synthetic N} generated already-extracted articles (index cost only), or both.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = {"Measures 'dixit index' throughput and search latency.",
                "Ingests the inputs --copies times (ids suffixed ~1, ~2, … so every copy is stored), "
                        + "and/or --synthetic N generated pre-extracted articles, into --data (default: a temporary "
                        + "directory, deleted afterwards), then runs --queries searches of mixed kinds."})
public final class BenchIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Input files (real articles, extracted here).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--copies", description = "Times each input is ingested (default: ${DEFAULT-VALUE}).")
    int copies = 1;

    @Option(names = "--synthetic", paramLabel = "N", description = "Also ingest N generated, pre-extracted articles.")
    int synthetic;

    @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: a temporary one).")
    Path data;

    @Option(names = "--search-only", description = "Only benchmark searches on the existing --data archive.")
    boolean searchOnly;

    @Option(names = "--queries", description = "Timed searches (default: ${DEFAULT-VALUE}).")
    int queries = 1000;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", description = "Commit every N articles (default: ${DEFAULT-VALUE}).")
    int commitEvery = 1000;

    private long peakHeap;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (searchOnly && data == null) {
            err.println("dixit: --search-only needs --data");
            return 2;
        }
        if (!searchOnly && inputs.isEmpty() && synthetic <= 0) {
            err.println("dixit: give input PATHs and/or --synthetic N");
            return 2;
        }
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("dixit-bench-") : data;
        try {
            if (!searchOnly) {
                ingest(dir, out, err);
            }
            search(dir, out);
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        out.flush();
        return 0;
    }

    private void ingest(Path dir, PrintWriter out, PrintWriter err) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long bytes = 0;
        try (QuoteArchive archive = QuoteArchive.open(dir);
             Ingest ingest = new Ingest(archive, DixitExtractor.create(), Version.engine(), Ingest.Policy.SKIP_UNCHANGED,
                     threads, commitEvery, r -> err.println("dixit: " + r.describe()), this::sampleHeap)) {
            ArticleReader reader = new ArticleReader(2_000_000, null, r -> err.println("dixit: " + r.describe()), System.in);
            for (int k = 1; k <= copies && !inputs.isEmpty(); k++) {
                String suffix = "~" + k;
                reader.read(inputs, a -> ingest.submit(new Article(a.id() + suffix, a.date(), a.title(), a.source(),
                        a.url(), a.lang(), a.text())));
            }
            for (String p : inputs) {
                if (Files.isRegularFile(Path.of(p))) {
                    bytes += Files.size(Path.of(p)) * copies;
                }
            }
            Random random = new Random(42);
            for (int i = 0; i < synthetic; i++) {
                ingest.submit(Synthetic.article(i, random));
            }
            ingest.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            sampleHeap();
            out.printf("ingest: %d articles, %d quotes in %.1f s wall, %.1f s CPU, %d threads%n", ingest.stored(),
                    ingest.quotes(), secs, cpu, threads);
            out.printf("        %.0f articles/s (%.0f quotes/s, %.1f MB/s of input files); %.0f articles per CPU-second%n",
                    ingest.stored() / secs, ingest.quotes() / secs, bytes / 1e6 / secs, ingest.stored() / cpu);
            long r0 = System.nanoTime();
            RebuildSummary d = archive.rebuildDerived();
            double rebuild = (System.nanoTime() - r0) / 1e9;
            out.printf("derived: %d speaker entities from %d names, %d clusters (%d quotes) in %.1f s%n", d.speakers(),
                    d.speakerStrings(), d.clusters(), d.clusteredQuotes(), rebuild);
            out.printf("whole index run (ingest + derived): %.0f articles/s%n", ingest.stored() / (secs + rebuild));
            out.printf("heap: peak used %.0f MB (sampled at each commit), max %.0f MB%n", peakHeap / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private void sampleHeap() {
        Runtime rt = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
    }

    private void search(Path dir, PrintWriter out) throws IOException {
        try (QuoteArchive archive = QuoteArchive.openReadOnly(dir)) {
            ArchiveStats stats = archive.stats();
            out.printf("archive: %d articles, %d quotes, %d speakers, %d clusters, %.1f MB on disk%n", stats.articles(),
                    stats.quotes(), stats.speakers(), stats.clusters(), stats.sizeBytes() / 1e6);
            List<SearchRequest> mix = queryMix(archive, new Random(7));
            if (mix.isEmpty()) {
                out.println("search: no quote to build queries from");
                return;
            }
            for (int i = 0; i < Math.min(300, mix.size()); i++) {
                archive.search(mix.get(i % mix.size())); // warm-up: JIT and the per-snapshot caches
            }
            long[] micros = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                hits += archive.search(mix.get(i % mix.size())).total();
                micros[i] = (System.nanoTime() - t) / 1000;
            }
            Arrays.sort(micros);
            out.printf("search: %d queries (words, phrases, speaker/date/source/type filters; 20 hits + 5 facets each), "
                            + "mean %d hits%n", queries, hits / queries);
            out.printf("        p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(micros, 50), pct(micros, 95),
                    pct(micros, 99), micros[micros.length - 1] / 1000.0);
        }
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    /** Queries built from the archive's own words, speakers, dates and sources. */
    private List<SearchRequest> queryMix(QuoteArchive archive, Random r) throws IOException {
        List<QuoteHit> sample = new ArrayList<>();
        long total = archive.search(SearchRequest.of("*").withFacetLimit(0).withPage(1, 0)).total();
        for (int i = 0; i < 20 && total > 0; i++) {
            int offset = (int) Math.min(Math.max(0, total - 50), (long) (r.nextDouble() * total));
            sample.addAll(archive.search(SearchRequest.of("*").withFacetLimit(0).withPage(50, Math.min(offset, 9_000)))
                    .hits());
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (QuoteHit h : sample) {
            String[] w = h.quote().text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            for (int i = 0; i < w.length; i++) {
                if (w[i].length() >= 5) {
                    words.add(w[i]);
                    if (i + 1 < w.length && w[i + 1].length() >= 3) {
                        phrases.add("\"" + w[i] + " " + w[i + 1] + "\"");
                    }
                }
            }
        }
        List<String> speakers = archive.speakers(null, 200).stream().map(SpeakerEntity::name).toList();
        List<String> sources = archive.search(SearchRequest.of("*").withPage(1, 0)).facets().get("source").stream()
                .map(FacetValue::value).toList();
        List<String> months = archive.search(SearchRequest.of("*").withPage(1, 0)).facets().get("month").stream()
                .map(FacetValue::value).filter(m -> m.length() == 7).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchRequest> mix = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String w = words.get(r.nextInt(words.size()));
            SearchRequest q;
            int kind = r.nextInt(20);
            if (kind < 8) {
                q = SearchRequest.of(w);
            } else if (kind < 12) {
                q = SearchRequest.of(w + " " + words.get(r.nextInt(words.size())));
            } else if (kind < 15 && !phrases.isEmpty()) {
                q = SearchRequest.of(phrases.get(r.nextInt(phrases.size())));
            } else if (kind < 17 && !speakers.isEmpty()) {
                q = SearchRequest.of(r.nextBoolean() ? "*" : w).withSpeaker(speakers.get(r.nextInt(speakers.size())));
            } else if (kind < 19 && !months.isEmpty()) {
                String m = months.get(r.nextInt(months.size()));
                q = SearchRequest.of(w).withDates(m, m.substring(0, 4));
            } else {
                q = SearchRequest.of("*").withType(QuoteType.values()[r.nextInt(4)])
                        .withSource(sources.isEmpty() ? null : sources.get(r.nextInt(sources.size())));
            }
            mix.add(q.withFacetLimit(5));
        }
        return mix;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Generated articles at realistic sizes (about 3,000 characters, 5 quotes of 20 words, 2,000
     * speakers, 12 outlets, 2016–2022), already extracted: they measure the index alone.
     */
    static final class Synthetic {
        private static final String[] WORDS = ("gouvernement réforme retraites manifestants police ministre président "
                + "élections budget sécurité frontière europe migrants économie chômage entreprises syndicats grève "
                + "hôpital santé école enseignants climat énergie nucléaire transport routes justice tribunal prison "
                + "enquête victimes attentat terrorisme armée guerre paix négociations accord traité sommet commission "
                + "parlement députés sénat loi vote majorité opposition campagne sondage candidats partis droite gauche "
                + "centre écologistes citoyens pays ville région village habitants famille enfants jeunes femmes hommes "
                + "travail salaires impôts taxes prix inflation croissance banque dette marché commerce agriculture")
                .split(" ");
        private static final String[] GLUE = "le la les des du de un une et ou mais donc car nous vous ils il elle ce qui que"
                .split(" ");
        private static final String[] SOURCES = {"AFP", "LeMonde", "LaLibre", "LaDH", "Liberation", "LeSoir", "RTBF",
            "FranceInfo", "LeFigaro", "Belga", "Reuters", "irishtimes"};
        private static final String[] FIRST = {"Jean", "Marie", "Pierre", "Sophie", "Luc", "Anne", "Paul", "Claire",
            "Marc", "Julie", "Michel", "Isabelle", "Nicolas", "Nathalie", "Philippe", "Catherine", "Alain", "Sylvie",
            "François", "Christine"};

        static ArticleQuotes article(int n, Random r) {
            StringBuilder text = new StringBuilder(3200);
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 5; q++) {
                sentence(text, r, 40 + r.nextInt(60));
                String speaker = FIRST[r.nextInt(FIRST.length)] + " Nom" + r.nextInt(100);
                text.append(" « ");
                int start = text.length();
                sentence(text, r, 15 + r.nextInt(15));
                int end = text.length();
                text.append(" », a déclaré ").append(speaker).append(". ");
                int ss = text.length() - speaker.length() - 2;
                quotes.add(new Quote(start, end, text.substring(start, end), QuoteType.values()[r.nextInt(4)], speaker,
                        speaker, ss, ss + speaker.length(), "a déclaré", ss - 11, ss - 1, 0.9, r.nextBoolean() ? "m" : "f",
                        r.nextInt(3) == 0 ? "ministre" : null, new Evidence("synthetic", List.of("name '" + speaker + "'"))));
            }
            String date = String.format("%d-%02d-%02d", 2016 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28));
            Article a = new Article("syn-" + n, new ArticleDate(date, DateGranularity.DAY), "Article " + n,
                    SOURCES[r.nextInt(SOURCES.length)], null, "fr", text.toString());
            return new ArticleQuotes(a, quotes);
        }

        private static void sentence(StringBuilder text, Random r, int words) {
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(i % 2 == 0 ? GLUE[r.nextInt(GLUE.length)] : WORDS[r.nextInt(WORDS.length)]);
            }
        }
    }
}
