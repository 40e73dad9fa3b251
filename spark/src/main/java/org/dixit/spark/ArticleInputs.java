package org.dixit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Turns input paths (any Hadoop file system: file:, hdfs:, s3a:...) into extraction results, one
 * per record, in input order within each partition.
 */
final class ArticleInputs {
    /** Columns read from a table input; only {@code text} is required. */
    static final List<String> COLUMNS = List.of("id", "date", "title", "source", "url", "lang", "text");

    private ArticleInputs() {
    }

    /**
     * JSONL, split by Hadoop into line ranges (gzip files are read whole). Lines end at "\n" only,
     * as in {@code dixit extract}; rejections name the file and the byte offset of the line.
     */
    static JavaRDD<Extracted> jsonl(SparkSession spark, String path, PartitionExtractor.Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(path,
                TextInputFormat.class, LongWritable.class, Text.class, conf);
        return lines.mapPartitionsWithInputSplit((split, records) -> {
            String file = ((FileSplit) split).getPath().toString();
            PartitionExtractor ex = new PartitionExtractor(settings);
            return flatten(records, r -> ex.line(file + " (byte " + r._1().get() + ")", r._2().copyBytes()));
        }, true);
    }

    /** Whole files, one task reading several: seed format and plain text (one article per file), or JSONL. */
    static JavaRDD<Extracted> files(SparkSession spark, String path, PartitionExtractor.Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return jsc.binaryFiles(path).mapPartitions(files -> {
            PartitionExtractor ex = new PartitionExtractor(settings);
            return flatten(files, f -> {
                try (InputStream in = f._2().open()) {
                    return ex.stream(f._1(), in);
                } catch (java.io.IOException e) {
                    return List.of(Extracted.rejected(new org.dixit.io.Rejection(f._1(), 0, null,
                            "cannot read: " + e.getMessage())));
                }
            });
        });
    }

    /** A table (Parquet) with a {@code text} column and optionally id, date, title, source, url, lang. */
    static JavaRDD<Extracted> parquet(SparkSession spark, String path, PartitionExtractor.Settings settings) {
        Dataset<Row> table = spark.read().parquet(path);
        List<String> have = Arrays.asList(table.columns());
        if (!have.contains("text")) {
            throw new IllegalArgumentException(path + ": no \"text\" column (columns: " + have + ")");
        }
        List<Column> cols = new ArrayList<>();
        for (String c : COLUMNS) {
            cols.add((have.contains(c) ? col(c) : lit(null)).cast("string").as(c));
        }
        cols.add(input_file_name().as("file"));
        Dataset<Row> rows = table.select(cols.toArray(new Column[0]));
        return rows.javaRDD().mapPartitions(it -> {
            PartitionExtractor ex = new PartitionExtractor(settings);
            return flatten(it, r -> ex.fields(r.getString(7), r.getString(0), r.getString(1), r.getString(2),
                    r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
        });
    }

    /** Work that may fail with a checked exception (reading a file). */
    interface Step<T> {
        List<Extracted> apply(T t) throws Exception;
    }

    /** Lazily maps each input to its results: a partition is never held in memory whole. */
    private static <T> Iterator<Extracted> flatten(Iterator<T> in, Step<T> step) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(in, Spliterator.ORDERED), false)
                .flatMap(t -> {
                    try {
                        return step.apply(t).stream();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).iterator();
    }
}
