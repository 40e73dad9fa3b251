package org.dixit.spark;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit --class org.dixit.spark.ExtractJob dixit-spark.jar IN OUT}: extracts the
 * quotes of an archive on a Spark cluster with the engine of {@code dixit extract}, and writes
 * Parquet tables under OUT: {@code quotes} (one row per quote), {@code speakers} (one row per
 * speaker: quotes, articles, first and last date, sources) and {@code rejections} (bad records and
 * why); optionally the JSONL of {@code dixit extract} (one part file per partition, each in input
 * order), which {@code dixit index} stores without extracting again when written {@code --with-text}.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
        description = "Extracts quotations from an archive with Apache Spark.")
public final class ExtractJob implements Callable<Integer> {

    /** How the input is stored. */
    public enum InputFormat {
        /** One JSON article per line ({@code text} required), split by Hadoop; .gz read whole. */
        jsonl,
        /** One file per article: seed format or plain text (JSONL and .gz files are read too, file by file). */
        text,
        /** A table with a {@code text} column and optional id, date, title, source, url, lang. */
        parquet
    }

    @Parameters(index = "0", paramLabel = "IN", description = "Input path or glob, on any Hadoop file system.")
    String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output directory (replaced): quotes/, speakers/, rejections/.")
    String output;

    @Option(names = "--input-format", description = "jsonl (default), text or parquet.")
    InputFormat format = InputFormat.jsonl;

    @Option(names = "--jsonl-out", paramLabel = "PATH", description = "Also write the JSONL of dixit extract there.")
    String jsonlOut;

    @Option(names = "--with-text",
            description = "Include the article text in the JSONL (as dixit extract --with-text), so dixit index stores "
                    + "the lines without extracting again.")
    boolean withText;

    @Option(names = "--lang", description = "Force the language of every article (fr, en).")
    String lang;

    @Option(names = "--max-chars", description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = 2_000_000;

    /** Counts of one run. */
    public record Summary(long articles, long quotes, long rejected) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkOptions(); // before starting Spark
        SparkSession spark = SparkSession.builder().appName("dixit extract").getOrCreate();
        try {
            Summary s = run(spark);
            PrintWriter out = new PrintWriter(System.out, true);
            out.printf(Locale.ROOT, "dixit-spark: %d articles, %d quotes, %d rejected; tables in %s%n",
                    s.articles(), s.quotes(), s.rejected(), output);
            if (s.articles() == 0) {
                return 1;
            }
            return s.rejected() > 0 ? 2 : 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in an existing session (tests use a local one). */
    public Summary run(SparkSession spark) {
        checkOptions();
        PartitionExtractor.Settings settings = new PartitionExtractor.Settings(maxChars, lang, withText);
        JavaRDD<Extracted> results = switch (format) {
            case jsonl -> ArticleInputs.jsonl(spark, input, settings);
            case text -> ArticleInputs.files(spark, input, settings);
            case parquet -> ArticleInputs.parquet(spark, input, settings);
        };
        // every output reads the same results: keep them rather than extract again (spills to disk at
        // scale); kept as objects, because Java-deserialising them for each output cost more than the extraction
        results = results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            spark.createDataFrame(results.flatMap(r -> r.quotes().stream().map(QuoteRow::toRow).iterator()),
                    QuoteRow.SCHEMA).write().mode(SaveMode.Overwrite).parquet(output + "/quotes");
            spark.createDataFrame(results.filter(r -> !r.ok()).map(Extracted::rejectionRow), Extracted.REJECTION_SCHEMA)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/rejections");
            Dataset<Row> quotes = spark.read().parquet(output + "/quotes");
            speakers(quotes).write().mode(SaveMode.Overwrite).parquet(output + "/speakers");
            if (jsonlOut != null) {
                results.filter(Extracted::ok).map(Extracted::jsonLine).saveAsTextFile(jsonlOut);
            }
            // one pass for all counts
            long[] counts = results.map(r -> new long[] {r.ok() ? 1 : 0, r.quotes().size(), r.ok() ? 0 : 1})
                    .fold(new long[3], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
            return new Summary(counts[0], counts[1], counts[2]);
        } finally {
            results.unpersist();
        }
    }

    private void checkOptions() {
        if (withText && jsonlOut == null) {
            throw new ParameterException(spec == null ? new CommandLine(this) : spec.commandLine(),
                    "--with-text needs --jsonl-out (the text goes into the JSONL lines)");
        }
    }

    /** One row per named speaker: how many quotes, in how many articles, from when to when, in which sources. */
    static Dataset<Row> speakers(Dataset<Row> quotes) {
        return quotes.where(col("speaker").isNotNull())
                .groupBy("speaker")
                .agg(count(lit(1)).as("quotes"), countDistinct("article_id").as("articles"),
                        min("date").as("first_date"), max("date").as("last_date"),
                        sort_array(collect_set("source")).as("sources"))
                .orderBy(desc("quotes"), asc("speaker"));
    }
}
