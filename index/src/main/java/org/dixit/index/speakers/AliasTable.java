package org.dixit.index.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user's corrections to speaker resolution, read from a UTF-8 text file, one rule per line:
 * <pre>
 * # comment; blank lines are ignored
 * Christophe Castaner&lt;TAB&gt;Castaner            merge: "Castaner" is Christophe Castaner
 * Emmanuel Macron&lt;TAB&gt;le président&lt;TAB&gt;Macron  several aliases on one line
 * !Le Pen                                  keep "Le Pen" separate: never merged automatically
 * !Castaner&lt;TAB&gt;Christophe Castaner          split: these two are different people
 * </pre>
 * A merge names the entity (its first field becomes the displayed name) and beats the automatic
 * rules. A {@code !} line only stops automatic merging; an explicit merge line still applies.
 * Names compare like speakers do: case, accents, hyphens and honorifics are ignored.
 *
 * @param merges    each a canonical name and the aliases merged into it
 * @param separate  names never merged automatically
 * @param different pairs of names that are different people
 */
public record AliasTable(List<Merge> merges, List<String> separate, List<Pair> different) {
    public AliasTable {
        merges = List.copyOf(merges);
        separate = List.copyOf(separate);
        different = List.copyOf(different);
    }

    /** No corrections. */
    public static AliasTable empty() {
        return new AliasTable(List.of(), List.of(), List.of());
    }

    /**
     * A canonical name and its aliases.
     *
     * @param name    the name shown for the entity
     * @param aliases other names of the same person
     */
    public record Merge(String name, List<String> aliases) {
        public Merge {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * Two names that must not be merged automatically.
     *
     * @param a one name
     * @param b the other
     */
    public record Pair(String a, String b) {
    }

    /** Reads an alias file; a malformed line is an {@link AliasFileException} naming file and line. */
    public static AliasTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses alias-file text; {@code name} is used in error messages. */
    public static AliasTable parse(String name, String text) {
        List<Merge> merges = new ArrayList<>();
        List<String> separate = new ArrayList<>();
        List<Pair> different = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                boolean negated = t.startsWith("!");
                String[] fields = (negated ? t.substring(1) : t).split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                    if (fields[i].isEmpty()) {
                        throw new AliasFileException(name + ":" + lineNo + ": empty name (fields are separated by one TAB)");
                    }
                    if (SpeakerName.keyOf(fields[i]).isEmpty()) {
                        throw new AliasFileException(name + ":" + lineNo + ": \"" + fields[i] + "\" is not a name");
                    }
                }
                if (negated) {
                    if (fields.length == 1) {
                        separate.add(fields[0]);
                    }
                    for (int i = 1; i < fields.length; i++) {
                        different.add(new Pair(fields[0], fields[i]));
                    }
                } else if (fields.length < 2) {
                    throw new AliasFileException(name + ":" + lineNo
                            + ": expected NAME<TAB>ALIAS (merge) or !NAME (keep separate), found \"" + t + "\"");
                } else {
                    merges.add(new Merge(fields[0], List.of(fields).subList(1, fields.length)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading a string cannot fail
        }
        return new AliasTable(merges, separate, different);
    }

    /** A malformed alias file: the message is one line, "FILE:LINE: reason". */
    public static final class AliasFileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** @param message "FILE:LINE: reason" */
        public AliasFileException(String message) {
            super(message);
        }
    }
}
