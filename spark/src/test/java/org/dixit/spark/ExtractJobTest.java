package org.dixit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dixit.extract.DixitExtractor;
import org.dixit.extract.QuoteExtractor;
import org.dixit.io.ArticleReader;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.io.Rejection;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import scala.collection.JavaConverters;

/**
 * The Spark job in local mode against what {@code dixit extract} computes on the same input (same
 * reader, engine and JSON writer, run here without Spark): the JSONL must be identical line for
 * line, and the Parquet tables must hold exactly those quotes.
 */
class ExtractJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("dixit-test")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // several splits for a small file: records must not be lost or doubled at split edges
                .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", "16384")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** What {@code dixit extract} does, without Spark: every article's JSONL line, in input order. */
    private record Local(List<ArticleQuotes> results, List<String> lines, List<Rejection> rejections) {
        static Local of(Path input) {
            return of(input, false);
        }

        /** @param withText as {@code dixit extract --with-text} */
        static Local of(Path input, boolean withText) {
            QuoteExtractor extractor = DixitExtractor.create();
            QuoteJsonWriter json = new QuoteJsonWriter(withText);
            List<ArticleQuotes> results = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            new ArticleReader(2_000_000, null, rejections::add, InputStream.nullInputStream())
                    .read(List.of(input.toString()), a -> results.add(extractor.extract(a)));
            return new Local(results, results.stream().map(json::line).toList(), rejections);
        }

        Map<String, String> byId() {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < results.size(); i++) {
                out.put(results.get(i).article().id(), lines.get(i));
            }
            return out;
        }
    }

    private Path fixture(String name) {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.createDirectories(p.getParent());
            Files.copy(in, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private ExtractJob.Summary run(String... args) {
        ExtractJob job = new ExtractJob();
        new CommandLine(job).parseArgs(args);
        return job.run(spark);
    }

    /** The JSONL part files in name order, concatenated. */
    private static List<String> jsonl(Path out) throws IOException {
        try (Stream<Path> parts = Files.list(out)) {
            List<String> lines = new ArrayList<>();
            for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
            return lines;
        }
    }

    private static Map<String, String> byId(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines) {
            int start = l.indexOf("\"id\":\"") + 6;
            String id = l.substring(start, l.indexOf('"', start));
            assertEquals(null, out.put(id, l), "article twice: " + id);
        }
        return out;
    }

    /** A row's values with arrays as lists, comparable across row implementations. */
    private static List<Object> values(Row r) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            if (v instanceof scala.collection.Seq<?> seq) {
                v = new ArrayList<>(JavaConverters.seqAsJavaList(seq));
            } else if (v instanceof Object[] arr) {
                v = Arrays.asList(arr);
            }
            out.add(v);
        }
        return out;
    }

    private static List<List<Object>> expectedQuoteRows(Local local) {
        List<List<Object>> rows = new ArrayList<>();
        for (ArticleQuotes aq : local.results()) {
            for (int i = 0; i < aq.quotes().size(); i++) {
                rows.add(values(QuoteRow.of(aq.article(), i, aq.quotes().get(i)).toRow()));
            }
        }
        return rows;
    }

    private static List<List<Object>> sortedRows(Dataset<Row> table) {
        List<List<Object>> rows = new ArrayList<>(table.collectAsList().stream().map(ExtractJobTest::values).toList());
        rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).thenComparing(r -> (Integer) r.get(7)));
        return rows;
    }

    @Test
    void jsonlInputGivesTheOutputOfDixitExtractAndTablesOfTheSameQuotes() throws IOException {
        Path input = fixture("articles.jsonl");
        Path out = dir.resolve("out");
        Path jsonlOut = dir.resolve("jsonl");
        Local local = Local.of(input);
        assertEquals(31, local.results().size());
        assertEquals(2, local.rejections().size());

        ExtractJob.Summary s = run("--jsonl-out", jsonlOut.toString(), input.toString(), out.toString());

        List<String> lines = jsonl(jsonlOut);
        assertEquals(local.byId(), byId(lines));
        assertEquals(local.lines(), lines, "one input file: part files in order give the input order");
        long quotes = local.results().stream().mapToLong(aq -> aq.quotes().size()).sum();
        assertTrue(quotes > 100, "the fixture has quotes: " + quotes);
        assertEquals(new ExtractJob.Summary(31, quotes, 2), s);

        List<List<Object>> expected = expectedQuoteRows(local);
        expected.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).thenComparing(r -> (Integer) r.get(7)));
        assertEquals(expected, sortedRows(spark.read().parquet(out.resolve("quotes").toString())));

        List<Row> rejections = spark.read().parquet(out.resolve("rejections").toString()).orderBy("source").collectAsList();
        assertEquals(2, rejections.size());
        assertTrue(rejections.get(0).getString(4).matches(".*articles\\.jsonl \\(byte \\d+\\) \\[broken-1\\]: broken JSON.*"),
                rejections.get(0).getString(4));
        assertEquals("no \"text\" field", rejections.get(1).getString(3));
    }

    @Test
    void withTextTheJsonlIsThatOfDixitExtractWithTextAndReadsBackAsAlreadyExtracted() throws IOException {
        Path input = fixture("articles.jsonl");
        Path jsonlOut = dir.resolve("jsonl");
        Local local = Local.of(input, true);
        ExtractJob.Summary s = run("--with-text", "--jsonl-out", jsonlOut.toString(), input.toString(),
                dir.resolve("out").toString());
        List<String> lines = jsonl(jsonlOut);
        assertEquals(local.lines(), lines);
        assertEquals(31, s.articles());
        assertTrue(!lines.equals(Local.of(input).lines()), "the text makes the lines differ from the default ones");

        // what dixit index does with them: every line is taken with its quotes, checked against its text
        Path written = Files.write(dir.resolve("with-text.jsonl"), lines, StandardCharsets.UTF_8);
        List<ArticleQuotes> readBack = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Article> toExtract = new ArrayList<>();
        new ArticleReader(2_000_000, null, rejections::add, InputStream.nullInputStream(), readBack::add)
                .read(List.of(written.toString()), toExtract::add);
        assertEquals(List.of(), rejections.stream().map(Rejection::describe).toList());
        assertEquals(List.of(), toExtract, "no line needs extracting again");
        assertEquals(local.results(), readBack);
    }

    @Test
    void withTextWithoutJsonlOutIsAUsageError() {
        CommandLine cli = new CommandLine(new ExtractJob());
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, cli.execute("--with-text", "in.jsonl", dir.resolve("out").toString()));
    }

    @Test
    void speakerTableSummarisesTheQuotesTable() throws IOException {
        Path input = fixture("articles.jsonl");
        Path out = dir.resolve("out");
        run(input.toString(), out.toString());
        Local local = Local.of(input);
        // expected from the local results: speaker -> quotes, distinct articles, first/last date, sources
        Map<String, List<Object>> expected = new TreeMap<>();
        Map<String, TreeSet<String>> articles = new TreeMap<>();
        Map<String, TreeSet<String>> dates = new TreeMap<>();
        Map<String, TreeSet<String>> sources = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (ArticleQuotes aq : local.results()) {
            Article a = aq.article();
            aq.quotes().stream().filter(q -> q.speaker() != null).forEach(q -> {
                counts.merge(q.speaker(), 1L, Long::sum);
                articles.computeIfAbsent(q.speaker(), k -> new TreeSet<>()).add(a.id());
                TreeSet<String> d = dates.computeIfAbsent(q.speaker(), k -> new TreeSet<>());
                if (a.date() != null) {
                    d.add(a.date().iso());
                }
                TreeSet<String> src = sources.computeIfAbsent(q.speaker(), k -> new TreeSet<>());
                if (a.source() != null) {
                    src.add(a.source());
                }
            });
        }
        for (String sp : counts.keySet()) {
            expected.put(sp, List.of(counts.get(sp), (long) articles.get(sp).size(),
                    dates.get(sp).isEmpty() ? "-" : dates.get(sp).first(), dates.get(sp).isEmpty() ? "-" : dates.get(sp).last(),
                    new ArrayList<>(sources.get(sp))));
        }
        Map<String, List<Object>> actual = new TreeMap<>();
        List<Row> rows = spark.read().parquet(out.resolve("speakers").toString()).collectAsList();
        for (Row r : rows) {
            List<Object> v = values(r);
            actual.put((String) v.get(0), List.of(v.get(1), v.get(2), v.get(3) == null ? "-" : v.get(3),
                    v.get(4) == null ? "-" : v.get(4), v.get(5)));
        }
        assertEquals(expected, actual);
        assertTrue(expected.size() > 10, "several speakers: " + expected.keySet());
    }

    @Test
    void textFilesGiveTheOutputOfDixitExtract() throws IOException {
        fixture("texts/kazakhstan-2022-01.txt");
        Path texts = fixture("texts/wikinews-sample.txt").getParent();
        Path jsonlOut = dir.resolve("jsonl");
        ExtractJob.Summary s = run("--input-format", "text", "--jsonl-out", jsonlOut.toString(), texts.toString(),
                dir.resolve("out").toString());
        Local local = Local.of(texts);
        assertEquals(2, local.results().size());
        assertEquals(local.byId(), byId(jsonl(jsonlOut)));
        ArticleQuotes seed = local.results().stream().filter(aq -> aq.article().id().equals("kazakhstan-2022-01"))
                .findFirst().orElseThrow();
        assertTrue(seed.quotes().size() >= 14, "the seed's quotes: " + seed.quotes().size());
        assertEquals(0, s.rejected());
    }

    @Test
    void parquetTableGivesTheOutputOfDixitExtract() throws IOException {
        Path input = fixture("articles.jsonl");
        Local local = Local.of(input);
        // the same articles as a table, the date as written in the JSONL (normalised by the job)
        StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("lang", DataTypes.StringType).add("text", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        List<Article> raw = new ArrayList<>();
        new ArticleReader(2_000_000, null, r -> { }, new ByteArrayInputStream(Files.readAllBytes(input)))
                .read(List.of("-"), raw::add);
        for (Article a : raw) {
            rows.add(RowFactory.create(a.id(), a.date() == null ? null : a.date().iso(), a.title(), a.source(), a.url(),
                    a.lang(), a.text()));
        }
        Path table = dir.resolve("table");
        spark.createDataFrame(rows, schema).repartition(3).write().parquet(table.toString());
        Path jsonlOut = dir.resolve("jsonl");
        run("--input-format", "parquet", "--jsonl-out", jsonlOut.toString(), table.toString(), dir.resolve("out").toString());
        assertEquals(local.byId(), byId(jsonl(jsonlOut)).entrySet().stream()
                .sorted(Comparator.comparingInt(e -> new ArrayList<>(local.byId().keySet()).indexOf(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new)));
    }
}
