package org.dixit.index.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.SearchRequest;
import org.dixit.index.analysis.LanguageAnalyzers;
import org.dixit.index.store.DocumentMapper;
import org.dixit.index.store.Fields;

/**
 * Builds the Lucene query of a search: the user's words parsed against each language's text field
 * (each with its own analysis, so "détruire" finds French "détruiront" and English "destroyed"
 * finds "destroy"), and the filters as non-scoring clauses.
 */
public final class QueryFactory {
    private final Analyzer analyzer;

    /** @param analyzer the per-field analyzer the index was written with */
    public QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Whether the request has words to match (otherwise every quote matches). */
    public static boolean hasWords(SearchRequest r) {
        return r.query() != null && !r.query().isBlank() && !r.query().strip().equals("*");
    }

    /**
     * The query for a request.
     *
     * @param r           the request
     * @param speakerKeys speaker keys the speaker filter resolved to (null: no speaker filter;
     *                    empty: the filter matched nobody)
     */
    public Query build(SearchRequest r, Collection<String> speakerKeys) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(hasWords(r) ? words(r.query(), r.lang()) : new MatchAllDocsQuery(), Occur.MUST);
        b.add(new TermQuery(new Term(Fields.KIND, Fields.QUOTE)), Occur.FILTER);
        if (speakerKeys != null) {
            if (speakerKeys.isEmpty()) {
                b.add(new MatchNoDocsQuery("no such speaker"), Occur.FILTER);
            } else {
                List<BytesRef> terms = new ArrayList<>();
                speakerKeys.forEach(k -> terms.add(new BytesRef(k)));
                b.add(new TermInSetQuery(Fields.SPEAKER_KEY, terms), Occur.FILTER);
            }
        }
        Query dates = DateBounds.query(r.from(), r.to());
        if (dates != null) {
            b.add(dates, Occur.FILTER);
        }
        if (r.source() != null && !r.source().isBlank()) {
            b.add(new TermQuery(new Term(Fields.SOURCE_KEY, DocumentMapper.sourceKey(r.source()))), Occur.FILTER);
        }
        if (r.type() != null) {
            b.add(new TermQuery(new Term(Fields.TYPE, r.type().label())), Occur.FILTER);
        }
        if (r.lang() != null && !r.lang().isBlank()) {
            b.add(new TermQuery(new Term(Fields.LANG, r.lang().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        return b.build();
    }

    /** The user's words; a syntax error becomes a one-line {@link InvalidQueryException}. */
    Query words(String text, String lang) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(LanguageAnalyzers.textFields(lang), analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setAllowLeadingWildcard(false);
        p.setSplitOnWhitespace(true);
        try {
            Query q = p.parse(text);
            return q == null ? new MatchNoDocsQuery("no words") : q;
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidQueryException("invalid query \"" + text + "\": " + reason(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query too complex: " + text);
        }
    }

    /** The first line of the parser's message, without the query it repeats. */
    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = m.lines().findFirst().orElse(m).strip();
        int colon = first.indexOf("': ");
        if (first.startsWith("Cannot parse '") && colon > 0) {
            first = first.substring(colon + 3);
        }
        if (e.getCause() != null && first.isEmpty()) {
            first = e.getCause().getMessage();
        }
        return first.replaceAll("\\s+", " ");
    }
}
