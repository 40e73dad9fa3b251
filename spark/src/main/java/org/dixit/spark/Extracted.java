package org.dixit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dixit.io.QuoteJsonWriter;
import org.dixit.io.Rejection;
import org.dixit.model.ArticleQuotes;

/**
 * What became of one input record: its quotes (as table rows and as the JSONL line of
 * {@code dixit extract}), or why it was rejected. Plain serialisable values only, so that Spark
 * can keep it between the outputs without extracting twice.
 *
 * @param jsonLine  the output line, null for a rejected record
 * @param quotes    one row per quote
 * @param rejection why the record was not used, or null
 */
record Extracted(String jsonLine, List<QuoteRow> quotes, Rejected rejection) implements Serializable {

    /** Columns of the rejections table. */
    static final StructType REJECTION_SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("id", DataTypes.StringType)
            .add("reason", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false);

    /**
     * A {@link Rejection}'s values.
     *
     * @param message the line {@code dixit extract} prints on stderr
     */
    record Rejected(String source, long line, String id, String reason, String message) implements Serializable {
    }

    static Extracted of(ArticleQuotes aq, QuoteJsonWriter json) {
        List<QuoteRow> rows = new ArrayList<>(aq.quotes().size());
        for (int i = 0; i < aq.quotes().size(); i++) {
            rows.add(QuoteRow.of(aq.article(), i, aq.quotes().get(i)));
        }
        return new Extracted(json.line(aq), rows, null);
    }

    static Extracted rejected(Rejection r) {
        return new Extracted(null, List.of(), new Rejected(r.source(), r.line(), r.id(), r.reason(), r.describe()));
    }

    boolean ok() {
        return rejection == null;
    }

    Row rejectionRow() {
        return RowFactory.create(rejection.source(), rejection.line(), rejection.id(), rejection.reason(),
                rejection.message());
    }
}
