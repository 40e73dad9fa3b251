package org.dixit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;

/**
 * Writes extraction results in dixit's JSONL output contract: one object per article
 * {"id","date","lang","title","source","url",["text"],"quotes":[...]}, absent values as null.
 */
public final class QuoteJsonWriter {
    private final JsonFactory json = new JsonFactory();
    private final boolean withText;

    /** @param withText also write the article text, so the line can be indexed without re-extracting */
    public QuoteJsonWriter(boolean withText) {
        this.withText = withText;
    }

    /** One JSON line (without the newline). */
    public String line(ArticleQuotes aq) {
        StringWriter out = new StringWriter(256 + aq.quotes().size() * 400);
        try (JsonGenerator g = json.createGenerator(out)) {
            Article a = aq.article();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("date", a.date() == null ? null : a.date().iso());
            g.writeStringField("lang", a.lang());
            if (a.title() != null) {
                g.writeStringField("title", a.title());
            }
            if (a.source() != null) {
                g.writeStringField("source", a.source());
            }
            if (a.url() != null) {
                g.writeStringField("url", a.url());
            }
            if (withText) {
                g.writeStringField("text", a.text());
            }
            g.writeArrayFieldStart("quotes");
            for (Quote q : aq.quotes()) {
                quote(g, q);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        writeQuoteFields(g, q);
        g.writeEndObject();
    }

    /**
     * Writes the fields of one quote of the output contract into the object {@code g} is inside,
     * so every JSON view of a quote (this file's lines, the archive's API) spells them the same.
     */
    public static void writeQuoteFields(JsonGenerator g, Quote q) throws IOException {
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeStringField("text", q.text());
        g.writeStringField("type", q.type().label());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speaker_mention", q.speakerMention());
        offset(g, "speaker_start", q.speakerStart());
        offset(g, "speaker_end", q.speakerEnd());
        g.writeStringField("cue", q.cue());
        offset(g, "cue_start", q.cueStart());
        offset(g, "cue_end", q.cueEnd());
        g.writeNumberField("confidence", q.confidence());
        g.writeStringField("speaker_gender", q.speakerGender());
        g.writeStringField("speaker_role", q.speakerRole());
        g.writeObjectFieldStart("evidence");
        g.writeStringField("rule", q.evidence().rule());
        g.writeArrayFieldStart("chain");
        for (String step : q.evidence().chain()) {
            g.writeString(step);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void offset(JsonGenerator g, String name, int v) throws IOException {
        if (v < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
