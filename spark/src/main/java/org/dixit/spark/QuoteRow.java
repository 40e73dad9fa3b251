package org.dixit.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dixit.model.Article;
import org.dixit.model.Quote;

/**
 * One row of the quotes table: a quote with its article's metadata, the same values as the
 * JSONL output (offsets in code points; an absent offset is null, as in JSON).
 */
record QuoteRow(String articleId, String date, String dateGranularity, String source, String lang, String title,
                String url, int quoteIndex, int start, int end, String text, String type, String speaker,
                String speakerMention, Integer speakerStart, Integer speakerEnd, String cue, Integer cueStart,
                Integer cueEnd, double confidence, String speakerGender, String speakerRole, String rule,
                List<String> chain) implements Serializable {

    /** Column names and types, in the order of {@link #toRow()}. */
    static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("date", DataTypes.StringType)
            .add("date_granularity", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("lang", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("quote_index", DataTypes.IntegerType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("speaker", DataTypes.StringType)
            .add("speaker_mention", DataTypes.StringType)
            .add("speaker_start", DataTypes.IntegerType)
            .add("speaker_end", DataTypes.IntegerType)
            .add("cue", DataTypes.StringType)
            .add("cue_start", DataTypes.IntegerType)
            .add("cue_end", DataTypes.IntegerType)
            .add("confidence", DataTypes.DoubleType, false)
            .add("speaker_gender", DataTypes.StringType)
            .add("speaker_role", DataTypes.StringType)
            .add("rule", DataTypes.StringType, false)
            .add("chain", DataTypes.createArrayType(DataTypes.StringType, false), false);

    static QuoteRow of(Article a, int index, Quote q) {
        return new QuoteRow(a.id(), a.date() == null ? null : a.date().iso(),
                a.date() == null ? null : a.date().granularity().name().toLowerCase(java.util.Locale.ROOT),
                a.source(), a.lang(), a.title(), a.url(), index, q.start(), q.end(), q.text(), q.type().label(),
                q.speaker(), q.speakerMention(), offset(q.speakerStart()), offset(q.speakerEnd()), q.cue(),
                offset(q.cueStart()), offset(q.cueEnd()), q.confidence(), q.speakerGender(), q.speakerRole(),
                q.evidence().rule(), List.copyOf(q.evidence().chain()));
    }

    private static Integer offset(int v) {
        return v < 0 ? null : v;
    }

    Row toRow() {
        return RowFactory.create(articleId, date, dateGranularity, source, lang, title, url, quoteIndex, start, end,
                text, type, speaker, speakerMention, speakerStart, speakerEnd, cue, cueStart, cueEnd, confidence,
                speakerGender, speakerRole, rule, chain.toArray(new String[0]));
    }
}
