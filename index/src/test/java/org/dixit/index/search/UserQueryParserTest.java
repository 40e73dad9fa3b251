package org.dixit.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.analysis.LanguageAnalyzers;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
    private final UserQueryParser parser = new UserQueryParser(LanguageAnalyzers.perField());

    private static Map<String, Float> fields() {
        Map<String, Float> f = new LinkedHashMap<>();
        f.put(LanguageAnalyzers.TEXT_FR, 1f);
        f.put("speaker_words", 0.5f);
        return f;
    }

    private String error(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> parser.parse(query, fields()), query);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("lexical state"), e.getMessage());
        assertTrue(e.getMessage().startsWith("invalid query \""), e.getMessage());
        return e.getMessage();
    }

    @Test
    void wordsPhrasesOperatorsPrefixesParse() {
        Query q = parser.parse("casseurs \"dérive totale\" (police OR gendarmes) -Paris manif*", fields());
        String s = q.toString();
        assertTrue(s.startsWith("+((text_fr:caseu)^1.0 (speaker_words:casseurs)^0.5) "), s);
        assertTrue(s.contains("+((text_fr:\"deriv total\")^1.0 (speaker_words:\"derive totale\")^0.5)"), s);
        assertTrue(s.contains("-((text_fr:pari)^1.0 (speaker_words:paris)^0.5)"), s);
        assertTrue(s.contains("+((text_fr:manif*)^1.0 (speaker_words:manif*)^0.5)"), s);
        assertEquals("text_fr:\"feu san\"", parser.parse("text_fr:\"feu sans\"", fields()).toString(),
                "the fields searched by default may be named");
    }

    @Test
    void eachSyntaxErrorIsOnePlainSentence() {
        assertEquals("invalid query \"\"unbalanced\": a phrase is not closed (a \" is missing)", error("\"unbalanced"));
        assertTrue(error("AND OR").endsWith("AND at character 1 must stand between two words or phrases "
                + "(write it in lower case to search for the word)"), error("AND OR"));
        assertTrue(error("feu OR").contains("it ends where a word was expected"), error("feu OR"));
        assertTrue(error("title:(").contains("a parenthesis is not closed"), error("title:("));
        assertTrue(error("feu)").contains("a closing parenthesis has no opening one"));
        assertTrue(error("[a TO").contains("a range is not closed"));
        assertTrue(error("feu \\").contains("lone backslash"));
        assertTrue(error("*feu").contains("'*' or '?' not allowed as first character"), error("*feu"));
        assertTrue(error("a~~").contains("unexpected \"~\" at character 3"), error("a~~"));
    }

    @Test
    void namedFieldsAreRefusedNotSilentlyEmpty() {
        for (String q : new String[] {"title:macron", "il a dit: non", "source:AFP*", "date:[2019 TO 2020]",
            "kind:article~"}) {
            assertTrue(error(q).contains(":\" is not something to search in"), error(q));
        }
        assertTrue(error("title:macron").contains("\"title:\""));
        parser.parse("\"il a dit: non\"", fields());
        parser.parse("il a dit\\: non", fields());
    }

    @Test
    void structuralCheckIgnoresEscapesAndPhrases() {
        assertEquals(null, UserQueryParser.structuralError("\"(\" \\( \\\" ok"));
        assertEquals("a phrase is not closed (a \" is missing)", UserQueryParser.structuralError("\"a\" \"b"));
    }
}
