package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dixit.index.FacetValue;
import org.dixit.index.InvalidQueryException;
import org.dixit.index.QuoteArchive;
import org.dixit.index.QuoteHit;
import org.dixit.index.SearchRequest;
import org.dixit.index.SearchResult;
import org.dixit.index.json.ArchiveJson;
import org.dixit.model.QuoteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit search}: finds quotes in the archive, with facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the quotes of the archive built by 'dixit index'.",
                "QUERY: words (all required), \"a phrase\", a OR b, -excluded, prefix*; accents and case are "
                        + "ignored, French and English words are stemmed. Words match the quote and, at a lower "
                        + "weight, the speaker's name (castaner casseurs: what Castaner said about the casseurs). "
                        + "Omit it (or use *) to list quotes, newest first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:search done (even with no hit)", "2:malformed query or option", "1:no archive"})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for (default: every quote).")
    String query = "*";

    @Option(names = "--speaker", paramLabel = "S", description = "Speaker id, name or alias (e.g. Castaner).")
    String speaker;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, inclusive (2019-02: all of February).")
    String to;

    @Option(names = "--source", paramLabel = "X", description = "Outlet (case-insensitive).")
    String source;

    @Option(names = "--type", paramLabel = "T", description = "direct, mixed, indirect or selon.")
    String type;

    @Option(names = "--lang", paramLabel = "L", description = "Article language (fr, en).")
    String lang;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), newest or oldest.")
    String sort = "relevance";

    @Option(names = "--facets", paramLabel = "N", description = "Values per facet (default: ${DEFAULT-VALUE}; 0: none).")
    int facets = 5;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Mixin
    ArchiveOption data = new ArchiveOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = request();
        } catch (InvalidQueryException e) {
            err.println("dixit: " + e.getMessage());
            return 2;
        }
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data.dir())) {
            SearchResult r = archive.search(request);
            if (json) {
                out.println(ArchiveJson.searchResult(r));
            } else {
                print(out, r);
            }
            out.flush();
            return 0;
        } catch (InvalidQueryException e) {
            err.println("dixit: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("dixit: " + e.getMessage());
            return 1;
        }
    }

    private SearchRequest request() {
        QuoteType t = null;
        if (type != null) {
            try {
                t = QuoteType.fromLabel(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("invalid --type \"" + type + "\": expected direct, mixed, indirect or selon");
            }
        }
        SearchRequest.Sort order;
        try {
            order = SearchRequest.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("invalid --sort \"" + sort + "\": expected relevance, newest or oldest");
        }
        return SearchRequest.of(query).withSpeaker(speaker).withDates(from, to).withSource(source).withType(t)
                .withLang(lang).withPage(limit, offset).withSort(order).withFacetLimit(facets);
    }

    private void print(PrintWriter out, SearchResult r) {
        out.printf("%d quote%s%n", r.total(), r.total() == 1 ? "" : "s");
        if (speaker != null && !speaker.isBlank() && r.speakerIds().isEmpty() && r.total() == 0) {
            out.printf("no speaker in the archive matches \"%s\" ('dixit search --speaker' takes a name, "
                    + "an alias or words of a name)%n", speaker);
        }
        int n = offset;
        for (QuoteHit h : r.hits()) {
            n++;
            out.printf("%n%3d. «%s»%n", n, h.quote().text().replaceAll("\\s+", " "));
            StringBuilder who = new StringBuilder("     — ");
            who.append(h.speakerName() == null ? "(no speaker)" : h.speakerName());
            if (h.quote().speaker() != null && !h.quote().speaker().equals(h.speakerName())) {
                who.append(" (as \"").append(h.quote().speaker()).append("\")");
            }
            if (h.quote().speakerRole() != null) {
                who.append(", ").append(h.quote().speakerRole());
            }
            out.println(who);
            out.printf("     %s · %s · %s · %s%s%n", h.date() == null ? "undated" : h.date(),
                    h.source() == null ? "unknown source" : h.source(), h.articleId(), h.quote().type().label(),
                    h.clusterId() == null ? "" : " · reported " + h.clusterSize() + " times (cluster " + h.clusterId() + ")");
        }
        if (facets > 0) {
            out.println();
            for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
                if (f.getValue().isEmpty()) {
                    continue;
                }
                out.printf("%-8s %s%n", f.getKey() + ":", f.getValue().stream()
                        .map(v -> v.label() + " (" + v.count() + ")").collect(Collectors.joining(", ")));
            }
        }
        if (r.derivedStale()) {
            out.println("\nnote: speakers and clusters predate the last indexing (an interrupted run?); "
                    + "'dixit index --rebuild-speakers' refreshes them");
        }
    }
}
