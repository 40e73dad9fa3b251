package org.dixit.index.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.dixit.index.InvalidQueryException;

/**
 * Parses what a user typed into a search box (Lucene classic syntax over the given fields, all
 * words required) and turns every syntax error into one plain sentence: the parser's own messages
 * ("Encountered <EOF> at line 1, column 7 … in lexical state 2") mean nothing to a journalist.
 * A {@code field:} prefix is refused rather than silently matching nothing, since the index
 * fields are not part of the user's vocabulary (filters have their own options).
 */
final class UserQueryParser {
    private final Analyzer analyzer;

    UserQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Parses {@code text} against {@code fields} (each with its boost).
     *
     * @throws InvalidQueryException "invalid query "TEXT": reason", one line
     */
    Query parse(String text, Map<String, Float> fields) {
        String structural = structuralError(text);
        if (structural != null) {
            throw invalid(text, structural);
        }
        Parser p = new Parser(fields.keySet().toArray(String[]::new), analyzer, fields);
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setAllowLeadingWildcard(false);
        p.setSplitOnWhitespace(true);
        try {
            Query q = p.parse(text);
            return q == null ? new MatchNoDocsQuery("no words") : q;
        } catch (ParseException e) {
            throw invalid(text, explain(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw invalid(text, "too many words or alternatives");
        } catch (IllegalArgumentException e) {
            throw invalid(text, oneLine(e.getMessage()));
        }
    }

    private static InvalidQueryException invalid(String text, String reason) {
        return new InvalidQueryException("invalid query \"" + oneLine(text) + "\": " + reason);
    }

    /** Unclosed phrases, brackets and a final lone backslash, which the parser reports worst. */
    static String structuralError(String text) {
        boolean inPhrase = false;
        int parens = 0;
        int ranges = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i == text.length() - 1) {
                    return "it ends with a lone backslash (write \\\\ to search for one)";
                }
                i++; // the escaped character
            } else if (c == '"') {
                inPhrase = !inPhrase;
            } else if (!inPhrase) {
                if (c == '(') {
                    parens++;
                } else if (c == ')' && --parens < 0) {
                    return "a closing parenthesis has no opening one";
                } else if (c == '[' || c == '{') {
                    ranges++;
                } else if ((c == ']' || c == '}') && --ranges < 0) {
                    return "a closing bracket has no opening one";
                }
            }
        }
        if (inPhrase) {
            return "a phrase is not closed (a \" is missing)";
        }
        if (parens > 0) {
            return "a parenthesis is not closed (a ) is missing)";
        }
        if (ranges > 0) {
            return "a range is not closed (a ] or } is missing)";
        }
        return null;
    }

    /** The parser's error as a sentence: what was unexpected, and where. */
    static String explain(ParseException e) {
        if (e.getCause() instanceof ParseException inner) {
            return explain(inner);
        }
        if (e.currentToken != null && e.currentToken.next != null) {
            Token bad = e.currentToken.next;
            int at = bad.beginColumn + 1;
            if (bad.kind == QueryParserConstants.EOF) {
                return "it ends where a word was expected (after an operator, + or -?)";
            }
            if (bad.kind == QueryParserConstants.AND || bad.kind == QueryParserConstants.OR
                    || bad.kind == QueryParserConstants.NOT) {
                return bad.image + " at character " + at + " must stand between two words or phrases "
                        + "(write it in lower case to search for the word)";
            }
            return "unexpected \"" + bad.image + "\" at character " + at;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith(Parser.UNKNOWN_FIELD)) {
            return m.substring(Parser.UNKNOWN_FIELD.length());
        }
        if (m.contains("Lexical error")) {
            return "a character cannot be read here (escape special characters with \\)";
        }
        return oneLine(m.replaceFirst("^Cannot parse '.*?': ", ""));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The classic multi-field parser, refusing explicit fields. */
    private static final class Parser extends MultiFieldQueryParser {
        static final String UNKNOWN_FIELD = "unknown field: ";

        private final java.util.Set<String> known;

        Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
            this.known = java.util.Set.of(fields);
        }

        /**
         * Refuses a field named by the user. The default fields arrive as null, or by name when
         * the multi-field parser expands a term over them.
         */
        private void refuse(String field) throws ParseException {
            if (field != null && !known.contains(field)) {
                throw new ParseException(UNKNOWN_FIELD + "\"" + field + ":\" is not something to search in (the "
                        + "words match quote texts and speaker names; use the filters for the rest, and write \\: "
                        + "or a \"phrase\" to search for a colon)");
            }
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            refuse(field);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            refuse(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            refuse(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            refuse(field);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            refuse(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            refuse(field);
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            refuse(field);
            return super.getRegexpQuery(field, termStr);
        }
    }
}
