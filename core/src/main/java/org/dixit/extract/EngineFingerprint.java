package org.dixit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity of the extraction engine: which quotes come out of an article depends only on the
 * compiled classes of the extraction packages and on the lexicon files of every language, so a
 * digest of those bytes tells two engines apart. An archive stores it with each article's quotes
 * and extracts again what another engine extracted.
 * <p>
 * Why the bytes as they are loaded, read once per process from the jar (or class directory) this
 * class comes from: a hand-kept version number is forgotten when a rule or a lexicon line changes,
 * and a value generated at build time needs a build step every way of building dixit must run
 * (Maven, an IDE, the Spark assembly). The bytes cannot be out of date, cost a few milliseconds
 * (the engine is a few hundred small entries; the jar's other entries are only listed), and give
 * the same digest for the same sources whichever jar holds them. A change that does not alter
 * extraction (a comment that moves line numbers, another compiler) also changes the digest: the
 * price is one needless re-extraction, never a stale quote.
 */
public final class EngineFingerprint {
    /**
     * Classes and resources that decide the quotes of an article, as resource path prefixes: rules,
     * coreference, grammars, lexicon loader and files (resources live under the lexicon package),
     * tokenizer, and the model the quotes are built in. Reading ({@code io}), language guessing and
     * evaluation are left out: they change the article, which is fingerprinted on its own.
     */
    private static final List<String> ENGINE = List.of("org/dixit/extract/", "org/dixit/coref/", "org/dixit/grammar/",
            "org/dixit/lexicon/", "org/dixit/text/", "org/dixit/model/");
    /** Hex digits kept: 64 bits, enough to tell builds apart and short enough to read. */
    private static final int DIGITS = 16;

    private EngineFingerprint() {
    }

    /** Computed on first use, then the same for the whole process (the classes cannot change under it). */
    private static final class Holder {
        static final String DIGEST = computeDigest();
    }

    /**
     * The engine fingerprint for a dixit version: {@code VERSION+DIGEST}, e.g. {@code 0.1.0+3f9a2c1d8e7b6a50}.
     * The version is for people; the digest is what tells engines apart.
     */
    public static String of(String version) {
        return version + "+" + digest();
    }

    /**
     * Hex digest of the engine's class and lexicon bytes, or {@code "unknown"} when the code is not
     * loaded from a jar or directory on disk (then only the version tells engines apart).
     */
    public static String digest() {
        return Holder.DIGEST;
    }

    private static String computeDigest() {
        CodeSource source = EngineFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return "unknown";
        }
        try {
            return digest(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IOException | UncheckedIOException e) {
            return "unknown";
        }
    }

    /**
     * Digest of the engine entries of a jar or a class directory: each entry's path and bytes, in
     * path order, so neither the order of the jar nor file dates matter.
     */
    static String digest(Path location) throws IOException {
        MessageDigest md = sha256();
        if (Files.isDirectory(location)) {
            List<String> names = new ArrayList<>();
            for (String prefix : ENGINE) {
                Path dir = location.resolve(prefix);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile)
                                .forEach(f -> names.add(location.relativize(f).toString().replace('\\', '/')));
                    }
                }
            }
            names.sort(null);
            for (String name : names) {
                put(md, name, Files.readAllBytes(location.resolve(name)));
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                List<ZipEntry> entries = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (!entry.isDirectory() && isEngine(entry.getName())) {
                        entries.add(entry);
                    }
                }
                entries.sort((x, y) -> x.getName().compareTo(y.getName()));
                for (ZipEntry entry : entries) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        put(md, entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, DIGITS);
    }

    private static boolean isEngine(String name) {
        for (String prefix : ENGINE) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Length-prefixed name and bytes, so entry boundaries cannot be confused. */
    private static void put(MessageDigest md, String name, byte[] bytes) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        md.update(length(n.length));
        md.update(n);
        md.update(length(bytes.length));
        md.update(bytes);
    }

    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
