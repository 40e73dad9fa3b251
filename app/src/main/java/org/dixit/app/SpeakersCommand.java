package org.dixit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dixit.index.NamedCount;
import org.dixit.index.QuoteArchive;
import org.dixit.index.SpeakerEntity;
import org.dixit.index.json.ArchiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dixit speakers}: the speaker entities of the archive, with their aliases, roles and counts. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"Lists the speakers of the archive built by 'dixit index', most quoted first: each person "
                + "once, with every name articles give them, their roles and quote counts.",
                "NAME: only the speakers whose names contain these words (omit it for all)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (even when no speaker matches)", "2:bad option", "1:no archive"})
public final class SpeakersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Words of a name (Castaner, \"Le Pen\").")
    String name;

    @Option(names = "--limit", paramLabel = "N", description = "Speakers to show (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print a JSON array of speaker objects.")
    boolean json;

    @Mixin
    ArchiveOption data = new ArchiveOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || limit > 10_000) {
            err.println("dixit: --limit must be between 1 and 10000");
            return 2;
        }
        try (QuoteArchive archive = QuoteArchive.openReadOnly(data.dir())) {
            List<SpeakerEntity> found = archive.speakers(name, limit);
            if (json) {
                out.println(ArchiveJson.speakers(found));
            } else {
                print(out, found);
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("dixit: " + e.getMessage());
            return 1;
        }
    }

    private void print(PrintWriter out, List<SpeakerEntity> found) {
        if (found.isEmpty()) {
            out.println(name == null ? "no speaker in the archive" : "no speaker matches \"" + name + "\"");
            return;
        }
        for (SpeakerEntity e : found) {
            out.printf("%5d  %s  [%s]%s%n", e.quoteCount(), e.name(), e.id(),
                    e.firstDate() == null ? "" : "  " + e.firstDate() + " … " + e.lastDate());
            if (e.aliases().size() > 1) {
                out.println("       as: " + names(e.aliases()));
            }
            if (!e.roles().isEmpty()) {
                out.println("       roles: " + names(e.roles()));
            }
        }
    }

    private static String names(List<NamedCount> list) {
        return list.stream().limit(6).map(n -> n.name() + " (" + n.count() + ")").collect(Collectors.joining(", "))
                + (list.size() > 6 ? ", …" : "");
    }
}
