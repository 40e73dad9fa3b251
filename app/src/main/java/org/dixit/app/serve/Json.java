package org.dixit.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * JSON trees for composing API answers out of the archive's own JSON forms
 * ({@link org.dixit.index.json.ArchiveJson}), so the API and {@code dixit search --json} share one format.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The tree of a JSON text this program wrote itself. */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error body: {@code {"error": message}}. */
    static String error(String message) {
        return object().put("error", message).toString();
    }
}
