package org.dixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dixit.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private void read(int maxChars, String stdin, String... inputs) {
        new ArticleReader(maxChars, null, rejections::add,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).read(List.of(inputs), articles::add);
    }

    private void read(String... inputs) {
        read(2_000_000, "", inputs);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void brokenLinesAreReportedAndTheOthersStillRead() throws IOException {
        Path p = write("a.jsonl", """
                {"id":"a1","text":"Premier article.","date":"Sat 9 Feb 2019","lang":"fr"}
                {"id":"a2","text": "pas fini
                {"id":"a3","title":"sans texte"}
                {"id":"a4","text":42}
                {"id":"a5","text":"Dernier article."}
                """);
        read(p.toString());
        assertEquals(List.of("a1", "a5"), articles.stream().map(Article::id).toList());
        assertEquals("2019-02-09", articles.get(0).date().iso());
        assertEquals(3, rejections.size(), rejections::toString);
        assertEquals(2, rejections.get(0).line());
        assertTrue(rejections.get(0).reason().startsWith("broken JSON"), rejections.get(0)::reason);
        assertEquals("no \"text\" field", rejections.get(1).reason());
        assertEquals("a3", rejections.get(1).id());
        assertTrue(rejections.get(2).reason().contains("not a string"));
        assertTrue(rejections.get(0).describe().contains("a.jsonl:2"));
    }

    @Test
    void aDirectoryIsReadWithoutItsHiddenAndHadoopSideFilesButANamedOneIsRead() throws IOException {
        // the layout of a Spark job's JSONL output on a local file system
        write("spark/part-00000", "{\"id\":\"p0\",\"text\":\"Premier.\"}\n");
        write("spark/part-00001", "{\"id\":\"p1\",\"text\":\"Second.\"}\n");
        write("spark/_SUCCESS", "");
        write("spark/.part-00000.crc", new byte[] {'c', 'r', 'c', 0, 1, 2});
        write("spark/_temporary/0/part-00002", "{\"id\":\"tmp\",\"text\":\"Pas fini.\"}\n");
        write("spark/.hidden/a.jsonl", "{\"id\":\"h\",\"text\":\"Caché.\"}\n");
        Path named = write("_named.jsonl", "{\"id\":\"n\",\"text\":\"Nommé.\"}\n");
        read(dir.resolve("spark").toString(), named.toString());
        assertEquals(List.of(), rejections);
        assertEquals(List.of("p0", "p1", "n"), articles.stream().map(Article::id).toList());
    }

    @Test
    void invalidUtf8LineIsRejectedWithItsLineNumber() throws IOException {
        byte[] good = "{\"id\":\"ok\",\"text\":\"Bonjour.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        read(write("u.jsonl", all).toString());
        assertEquals(2, articles.size());
        assertEquals(1, rejections.size());
        assertEquals(2, rejections.get(0).line());
        assertEquals("invalid UTF-8", rejections.get(0).reason());
    }

    @Test
    void binaryEmptyAndMissingFiles() throws IOException {
        Path bin = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path empty = write("empty.jsonl", "");
        read(bin.toString(), empty.toString(), dir.resolve("gone.jsonl").toString());
        assertTrue(articles.isEmpty());
        assertEquals(3, rejections.size(), rejections::toString);
        assertTrue(rejections.get(0).reason().contains("binary"));
        assertEquals("empty input", rejections.get(1).reason());
        assertEquals("no such file", rejections.get(2).reason());
    }

    @Test
    void hugeRecordIsRejectedAndTheNextOneRead() throws IOException {
        String big = "x".repeat(5000);
        Path p = write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"small\",\"text\":\"Court.\"}\n");
        read(1000, "", p.toString());
        assertEquals(List.of("small"), articles.stream().map(Article::id).toList());
        assertEquals(1, rejections.size());
        assertTrue(rejections.get(0).reason().contains("longer than 1000"), rejections.get(0)::reason);
    }

    @Test
    void seedFormatGzipDirectoriesAndStdin() throws IOException {
        write("d/b/seed.txt", " date 2022-01 Le président a parlé.");
        write("d/a/plain.txt", "Un texte sans date.");
        Path gz = dir.resolve("d/c/x.jsonl.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("{\"text\":\"Texte compressé.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        read(2_000_000, "{\"id\":\"in\",\"text\":\"De l'entrée standard.\"}\n", dir.resolve("d").toString(), "-");
        assertEquals(4, articles.size(), rejections::toString);
        assertEquals("plain", articles.get(0).id());
        assertEquals("seed", articles.get(1).id());
        assertEquals("Le président a parlé.", articles.get(1).text());
        assertEquals("2022-01", articles.get(1).date().iso());
        assertTrue(articles.get(2).id().startsWith("sha1-"));
        assertEquals("Texte compressé.", articles.get(2).text());
        assertEquals("in", articles.get(3).id());
        assertTrue(rejections.isEmpty());
    }

    @Test
    void missingIdIsStableAndLanguageIsGuessed() throws IOException {
        Path p = write("n.jsonl", "{\"text\":\"The minister said that the talks were over.\"}\n");
        read(p.toString());
        read(p.toString());
        assertEquals(articles.get(0).id(), articles.get(1).id());
        assertEquals("en", articles.get(0).lang());
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsValidUtf8() throws IOException {
        // U+FFFD typed in the source is text; only malformed bytes are rejected
        byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9 \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("r.jsonl", ("{\"id\":\"a\",\"text\":\"Il a dit \uFFFD oui.\"}\n").getBytes(StandardCharsets.UTF_8));
        Path q = write("s.jsonl", bad);
        read(p.toString(), q.toString());
        assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
        assertEquals("Il a dit \uFFFD oui.", articles.get(0).text());
        assertEquals(1, rejections.size(), rejections::toString);
        assertEquals("invalid UTF-8", rejections.get(0).reason());
    }

    @Test
    void singleRecordsAndFieldsGetTheChecksOfFileLines() {
        ArticleReader reader = new ArticleReader(100, null, rejections::add, InputStream.nullInputStream());
        assertTrue(reader.readJsonLine("part-1", 7, "{\"id\":\"x\",\"text\":\"Bonjour.\",\"date\":\"2019-02-09\"}"
                .getBytes(StandardCharsets.UTF_8), articles::add));
        assertEquals(false, reader.readJsonLine("part-1", 8, "{\"id\":\"y\"".getBytes(StandardCharsets.UTF_8), articles::add));
        assertEquals(false, reader.readJsonLine("part-1", 9, new byte[] {'{', (byte) 0xC3, '}'}, articles::add));
        assertEquals(false, reader.readJsonLine("part-1", 10, new byte[5000], articles::add));
        assertTrue(reader.readFields("t.parquet", 1, null, "Sat 9 Feb 2019", null, null, null, null,
                "Texte sans identifiant.", articles::add));
        assertEquals(false, reader.readFields("t.parquet", 2, "z", null, null, null, null, null, null, articles::add));
        assertEquals(List.of("x", ArticleReader.hashId("Texte sans identifiant.")),
                articles.stream().map(Article::id).toList());
        assertEquals("2019-02-09", articles.get(1).date().iso());
        assertEquals(List.of("part-1:8 [y]: broken JSON", "part-1:9: invalid UTF-8",
                        "part-1:10: record longer than 100 characters", "t.parquet:2 [z]: no \"text\" field"),
                rejections.stream().map(r -> r.describe().replaceAll("(broken JSON).*", "$1")).toList());
    }

    @Test
    void aStreamIsReadByItsFileName() {
        ArticleReader reader = new ArticleReader(2_000_000, null, rejections::add, InputStream.nullInputStream());
        reader.read("hdfs://archive/2022/kazakhstan.txt", new ByteArrayInputStream(
                " date 2022-01 Le président a déclaré : « Nous tiendrons. »".getBytes(StandardCharsets.UTF_8)), articles::add);
        assertEquals(1, articles.size(), rejections::toString);
        assertEquals("kazakhstan", articles.get(0).id());
        assertEquals("2022-01", articles.get(0).date().iso());
    }
    @Test
    void anExtractedLineHandsOnTheEngineThatExtractedIt() throws IOException {
        Path p = write("x.jsonl", """
                {"id":"x1","lang":"fr","engine":"0.1.0+0123456789abcdef","text":"« Oui », a dit Paul.","quotes":[{"start":2,"end":5,"text":"Oui","type":"direct","confidence":0.9}]}
                {"id":"x2","lang":"fr","text":"« Non », a dit Paul.","quotes":[]}
                {"id":"x3","lang":"fr","engine":{"v":1},"text":"« Non », a dit Paul.","quotes":[]}
                {"id":"x4","lang":"fr","engine":"ignored without quotes","text":"Rien."}
                """);
        List<String> engines = new ArrayList<>();
        ArticleReader.withEngines(2_000_000, null, rejections::add, InputStream.nullInputStream(),
                (aq, engine) -> engines.add(aq.article().id() + "=" + engine)).read(List.of(p.toString()), articles::add);
        assertEquals(List.of("x1=0.1.0+0123456789abcdef", "x2=null"), engines);
        assertEquals(List.of("x4"), articles.stream().map(Article::id).toList());
        assertEquals(1, rejections.size(), rejections::toString);
        assertTrue(rejections.get(0).reason().contains("\"engine\""), rejections::toString);
    }
}
