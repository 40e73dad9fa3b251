package org.dixit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineFingerprintTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve("classes").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private Path jar(String... namesAndContents) throws IOException {
        Path jar = dir.resolve("engine.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            // the reverse of path order: the digest must not depend on the order of the jar
            for (int i = namesAndContents.length - 2; i >= 0; i -= 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aLexiconLineOrAClassChangesTheDigestOtherFilesDoNot() throws IOException {
        Path classes = dir.resolve("classes");
        write("org/dixit/lexicon/fr/speech-verbs.txt", "déclarer\n");
        write("org/dixit/extract/DirectQuoteRule.class", "bytes");
        String before = EngineFingerprint.digest(classes);

        write("org/dixit/io/ArticleReader.class", "reading is not extraction");
        write("META-INF/MANIFEST.MF", "Built-By: someone");
        assertEquals(before, EngineFingerprint.digest(classes));

        write("org/dixit/lexicon/fr/speech-verbs.txt", "déclarer\naffirmer\n");
        String newWord = EngineFingerprint.digest(classes);
        assertNotEquals(before, newWord, "a new lexicon line is a new engine");

        write("org/dixit/extract/DirectQuoteRule.class", "other bytes");
        assertNotEquals(newWord, EngineFingerprint.digest(classes), "a recompiled rule is a new engine");
    }

    @Test
    void aJarAndAClassDirectoryWithTheSameEngineHaveTheSameDigest() throws IOException {
        write("org/dixit/lexicon/en/speech-verbs.txt", "say\n");
        write("org/dixit/coref/EntityRegistry.class", "registry");
        Path jar = jar("org/dixit/coref/EntityRegistry.class", "registry", "org/dixit/lexicon/en/speech-verbs.txt",
                "say\n", "org/apache/lucene/Other.class", "not the engine");
        assertEquals(EngineFingerprint.digest(dir.resolve("classes")), EngineFingerprint.digest(jar));
    }

    @Test
    void theRunningEngineHasADigestAfterItsVersion() {
        String fp = EngineFingerprint.of("9.9.9");
        assertTrue(fp.matches("9\\.9\\.9\\+[0-9a-f]{16}"), fp);
        assertEquals(fp, EngineFingerprint.of("9.9.9"), "computed once, the same for the whole run");
    }
}
