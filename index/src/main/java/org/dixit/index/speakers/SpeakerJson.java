package org.dixit.index.speakers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dixit.index.NamedCount;
import org.dixit.index.SpeakerEntity;

/** The stored form of a speaker entity: a small JSON object (the index keeps it as one stored field). */
final class SpeakerJson {
    private static final JsonFactory JSON = new JsonFactory();

    private SpeakerJson() {
    }

    static String write(SpeakerEntity e) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeStringField("kind", e.kind().name());
            g.writeStringField("gender", e.gender());
            g.writeNumberField("quotes", e.quoteCount());
            counts(g, "aliases", e.aliases());
            counts(g, "roles", e.roles());
            g.writeObjectFieldStart("months");
            for (Map.Entry<String, Integer> m : e.months().entrySet()) {
                g.writeNumberField(m.getKey(), m.getValue());
            }
            g.writeEndObject();
            g.writeStringField("first", e.firstDate());
            g.writeStringField("last", e.lastDate());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void counts(JsonGenerator g, String field, List<NamedCount> counts) throws IOException {
        g.writeArrayFieldStart(field);
        for (NamedCount c : counts) {
            g.writeStartArray();
            g.writeString(c.name());
            g.writeNumber(c.count());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    static SpeakerEntity read(String json) {
        String id = null;
        String name = null;
        String kind = null;
        String gender = null;
        String first = null;
        String last = null;
        int quotes = 0;
        List<NamedCount> aliases = List.of();
        List<NamedCount> roles = List.of();
        TreeMap<String, Integer> months = new TreeMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                switch (f) {
                    case "id" -> id = p.getText();
                    case "name" -> name = p.getText();
                    case "kind" -> kind = p.getText();
                    case "gender" -> gender = t == JsonToken.VALUE_NULL ? null : p.getText();
                    case "quotes" -> quotes = p.getIntValue();
                    case "aliases" -> aliases = counts(p);
                    case "roles" -> roles = counts(p);
                    case "months" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String m = p.currentName();
                            p.nextToken();
                            months.put(m, p.getIntValue());
                        }
                    }
                    case "first" -> first = t == JsonToken.VALUE_NULL ? null : p.getText();
                    case "last" -> last = t == JsonToken.VALUE_NULL ? null : p.getText();
                    default -> p.skipChildren();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new SpeakerEntity(id, name, SpeakerEntity.Kind.valueOf(kind), gender, quotes, aliases, roles, months,
                first, last);
    }

    private static List<NamedCount> counts(JsonParser p) throws IOException {
        List<NamedCount> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            String n = p.getText();
            p.nextToken();
            out.add(new NamedCount(n, p.getIntValue()));
            p.nextToken();
        }
        return out;
    }
}
