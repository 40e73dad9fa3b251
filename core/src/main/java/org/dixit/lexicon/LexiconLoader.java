package org.dixit.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dixit.grammar.Grammar;
import org.dixit.text.Tokenizer;

/**
 * Loads a language's lexicon from the data files under {@code /org/dixit/lexicon/<lang>/}. Lines
 * are whitespace-separated fields; {@code #} starts a comment. The one place that knows the file
 * formats, so a new language is new files, not new parsing code.
 */
public final class LexiconLoader {
    private final Grammar grammar;
    private final String base;

    public LexiconLoader(Grammar grammar) {
        this.grammar = grammar;
        this.base = "/org/dixit/lexicon/" + grammar.language() + "/";
    }

    /** Loads every file of the language; fails loudly if one is missing or malformed. */
    public Lexicon load() {
        Map<String, VerbForm> speech = verbs("speech-verbs.txt");
        Map<String, VerbForm> light = verbs("light-verbs.txt");
        Map<String, List<Locution>> locutions = new HashMap<>();
        for (String[] f : rows("speech-locutions.txt")) {
            boolean que = f[f.length - 1].equals("que");
            List<String> tail = Arrays.asList(f).subList(1, que ? f.length - 1 : f.length);
            locutions.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Locution(f[0], tail, que));
        }
        Map<String, String> aux = new HashMap<>();
        rows("auxiliaries.txt").forEach(f -> aux.put(norm(f[0]), f[1]));
        Map<String, Gender> firstNames = new HashMap<>();
        rows("first-names.txt").forEach(f -> firstNames.put(f[0], Gender.of(f[1])));
        Map<Character, Character> quotes = new LinkedHashMap<>();
        rows("quote-marks.txt").forEach(f -> quotes.putIfAbsent(f[0].charAt(0), f[1].charAt(0)));
        return new Lexicon(grammar.language(), speech, light, locutions, aux,
                agreements("pronouns.txt"), agreements("inversions.txt"),
                genders("honorifics.txt", false), withPrefixes(genders("roles.txt", true), words("role-prefixes.txt")),
                words("collectives.txt"), words("selon.txt"), words("non-speakers.txt"),
                agreements("determiners.txt"), words("prepositions.txt"), words("adverbs.txt"),
                rawWords("abbreviations.txt"), words("elisions.txt"), firstNames,
                words("name-particles.txt"), quotes, agreements("anaphoric-determiners.txt"), words("time-nouns.txt"),
                words("place-prepositions.txt"), words("role-complements.txt"),
                words("age-words.txt"), words("indefinite-determiners.txt"),
                words("credit-words.txt"), words("adjunct-openers.txt"), words("conjunctions.txt"),
                List.copyOf(words("participle-endings.txt")), words("bare-collectives.txt"), honorificRoles(), roleSynonyms(), words("not-names.txt"),
                organisationHeads("organisations.txt"), words("documents.txt"), places());
    }

    /** Place names, one per line, and place nouns with where they stand in a name ("rue first"). */
    private Places places() {
        Set<String> names = new HashSet<>();
        for (String line : lines("places.txt")) {
            names.add(Folding.fold(line));
        }
        Set<String> leading = new HashSet<>();
        Set<String> trailing = new HashSet<>();
        for (String[] f : rows("place-heads.txt")) {
            String head = Folding.fold(String.join(" ", Arrays.asList(f).subList(0, f.length - 1)));
            switch (f[f.length - 1]) {
                case "first" -> leading.add(head);
                case "last" -> trailing.add(head);
                default -> throw new IllegalStateException(base + "place-heads.txt: position must be first or last: "
                        + String.join(" ", f));
            }
        }
        return new Places(names, leading, trailing);
    }

    /** Speech-verb lines: LEMMA [FLAGS...] [| kind: forms... | kind: forms...]. */
    private Map<String, VerbForm> verbs(String file) {
        Map<String, VerbForm> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.split("\\|");
            String[] head = fields(parts[0].trim());
            int flagStart = 1;
            String lemma = head[0];
            // "se réjouir", "s'en ..." : the reflexive is part of the lemma
            if (head[0].equals("se") && head.length > 1) {
                lemma = head[0] + " " + head[1];
                flagStart = 2;
            }
            Set<String> flags = new HashSet<>(Arrays.asList(head).subList(flagStart, head.length));
            String base = grammar.stripReflexive(lemma);
            boolean pronominal = base != null || flags.contains("pron");
            String verb = base != null ? base : lemma;
            Map<String, Set<FormKind>> forms = new HashMap<>(grammar.conjugate(verb, flags));
            forms.computeIfAbsent(verb, k -> EnumSet.noneOf(FormKind.class)).add(FormKind.INFINITIVE);
            for (int p = 1; p < parts.length; p++) {
                String[] kv = parts[p].trim().split(":", 2);
                if (kv.length != 2) {
                    throw new IllegalStateException(base + file + ": bad verb forms in line: " + line);
                }
                FormKind kind = switch (kv[0].trim()) {
                    case "pp" -> FormKind.PAST_PARTICIPLE;
                    case "fin" -> FormKind.FINITE;
                    case "ppr" -> FormKind.PRESENT_PARTICIPLE;
                    case "inf" -> FormKind.INFINITIVE;
                    default -> throw new IllegalStateException(base + file + ": unknown form kind in: " + line);
                };
                for (String form : fields(kv[1].trim())) {
                    forms.computeIfAbsent(norm(form), k -> EnumSet.noneOf(FormKind.class)).add(kind);
                }
            }
            boolean que = flags.contains("que");
            boolean incise = flags.contains("incise");
            for (Map.Entry<String, Set<FormKind>> e : forms.entrySet()) {
                VerbForm prev = out.get(e.getKey());
                Set<FormKind> kinds = EnumSet.copyOf(e.getValue());
                if (prev != null) {
                    // homographs across verbs: keep the first lemma, union the readings
                    kinds.addAll(prev.kinds());
                    out.put(e.getKey(), new VerbForm(prev.lemma(), kinds, prev.takesQue() || que,
                            prev.incise() || incise, prev.pronominal() || pronominal));
                } else {
                    out.put(e.getKey(), new VerbForm(verb, kinds, que, incise, pronominal));
                }
            }
        }
        return out;
    }

    private Map<String, Agreement> agreements(String file) {
        Map<String, Agreement> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] f = fields(line);
            int n = f.length;
            String form = String.join(" ", Arrays.asList(f).subList(0, n - 2));
            out.put(norm(form), Agreement.parse(f[n - 2], f[n - 1]));
        }
        return out;
    }

    /** HEAD KIND GENDER lines, the head normalised. */
    private Map<String, OrganisationHead> organisationHeads(String file) {
        Map<String, OrganisationHead> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] f = fields(line);
            if (f.length != 3) {
                throw new IllegalStateException(base + file + ": expected HEAD KIND GENDER in line: " + line);
            }
            out.put(norm(f[0]), new OrganisationHead(f[1], Gender.of(f[2])));
        }
        return out;
    }

    private Map<String, Gender> genders(String file, boolean normalise) {
        Map<String, Gender> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] f = fields(line);
            int n = f.length;
            String form = String.join(" ", Arrays.asList(f).subList(0, n - 1));
            out.putIfAbsent(normalise ? norm(form) : form, Gender.of(f[n - 1]));
        }
        return out;
    }

    /** "président | chef de l'État | locataire de l'Élysée": each phrase after a bar names the first role. */
    private Map<String, String> roleSynonyms() {
        Map<String, String> out = new HashMap<>();
        for (String line : lines("role-synonyms.txt")) {
            String[] parts = line.split("\\|");
            String role = norm(parts[0].trim());
            for (int i = 1; i < parts.length; i++) {
                out.put(Folding.fold(parts[i]), role);
            }
        }
        return out;
    }

    /** Honorific as written, then the role noun it gives ("Me avocat"). */
    private Map<String, String> honorificRoles() {
        Map<String, String> out = new HashMap<>();
        for (String[] f : rows("honorific-roles.txt")) {
            out.put(f[0], norm(f[1]));
        }
        return out;
    }

    /** "ex-secrétaire", "ex-minister": every role also with each prefix that makes a former holder. */
    private static Map<String, Gender> withPrefixes(Map<String, Gender> roles, Set<String> prefixes) {
        Map<String, Gender> out = new HashMap<>(roles);
        for (String p : prefixes) {
            roles.forEach((role, gender) -> out.putIfAbsent(p + role, gender));
        }
        return out;
    }

    private Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(norm(line.trim()));
        }
        return out;
    }

    private Set<String> rawWords(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.trim());
        }
        return out;
    }

    private List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            out.add(fields(line.trim()));
        }
        return out;
    }

    private List<String> lines(String file) {
        String path = base + file;
        try (InputStream in = LexiconLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    out.add(content);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + path, e);
        }
    }

    /**
     * The whitespace-separated fields of a line, as {@code s.split("\\s+")} gives them. Written out
     * because {@code String.split} compiles a regular expression on every call: with the 6,605-line
     * given-name list that was most of the lexicon's loading time, paid by every process.
     */
    static String[] fields(String s) {
        if (s.isEmpty()) {
            return new String[] {""};
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                out.add(s.substring(start, i)); // "" when the line starts with a separator, as with split
                while (i < s.length() && isSpace(s.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        out.add(s.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--; // split drops trailing empty fields
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    /** The characters of regex {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String norm(String s) {
        return Tokenizer.normalise(s);
    }
}
